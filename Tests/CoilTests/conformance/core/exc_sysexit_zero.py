import sys
print("exit(0) and exit(None) are success")
try:
    sys.exit(None)
except SystemExit as e:
    print(e.code)
raise SystemExit(0)
