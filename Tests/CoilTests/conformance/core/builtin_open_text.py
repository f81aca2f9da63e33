import os
path = "/tmp/coil_conf_open_text.txt"
with open(path, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third: héllo 🐍\n")
    print("wrote", n, "chars first")
print(f.closed)
with open(path, encoding="utf-8") as f:
    content = f.read()
print(repr(content))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a", encoding="utf-8") as f:
    f.write("appended\n")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
f = open(path, encoding="utf-8")
print(f.read(5), repr(f.read(6)))
f.close()
print(f.closed)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(path) as f:
    print(f.read().split("\n"))
with open(path) as f:
    print([line for line in f])
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
