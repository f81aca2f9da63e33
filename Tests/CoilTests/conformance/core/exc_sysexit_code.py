import sys

def main():
    print("doing work")
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit with code", e.code, repr(e))
    try:
        raise SystemExit("text code")
    except SystemExit as e:
        print("code can be text:", e.code)
    try:
        sys.exit()
    except SystemExit as e:
        print("no-arg code:", e.code)
    try:
        sys.exit(0)
    except Exception:
        print("never: SystemExit is not an Exception")
    except BaseException as e:
        print("BaseException catches it:", type(e).__name__, e.code)
    print("exiting with 3")
    sys.exit(3)

try:
    main()
finally:
    print("finally runs before exit")
print("not reached")
