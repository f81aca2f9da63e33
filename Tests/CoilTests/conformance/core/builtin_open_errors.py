try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
try:
    with open("/nonexistent/dir/file.txt", "w") as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/tmp", "r").read()
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open("/tmp/coil_conf_x.txt", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
path = "/tmp/coil_conf_open_errors.txt"
with open(path, "w") as f:
    f.write("data")
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
import os
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e)
