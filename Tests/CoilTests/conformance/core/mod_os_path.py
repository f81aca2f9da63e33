import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "file"), os.path.join("a", "/abs", "x"), os.path.join("dir/", "f"))
print(os.path.basename("/usr/local/bin/python3"), os.path.basename("dir/"), os.path.basename("file.txt"))
print(os.path.dirname("/usr/local/bin/python3"), repr(os.path.dirname("file.txt")), os.path.dirname("/a"))
print(os.path.split("/usr/local/file.tar.gz"), os.path.split("nofolder"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("README"), os.path.splitext(".bashrc"), os.path.splitext("/a.b/c"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.normpath("/a/./b/../c//d/"), os.path.normpath("x/../.."))
print(os.path.exists("/"), os.path.exists("/definitely/not/here"), os.path.isdir("/"), os.path.isfile("/"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(os.path.join(here, "modhelper_basic.py")), os.path.isdir(os.path.join(here, "pkghelper")))
print(os.path.basename(__file__), os.path.isabs(os.path.abspath("rel")))
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), os.sep, os.path.sep)
path = "/tmp/coil_conf_os_path.txt"
with open(path, "w") as f:
    f.write("x" * 10)
print(os.path.exists(path), os.path.isfile(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
print(sorted(n for n in os.listdir(os.path.join(here, "pkghelper")) if n.endswith(".py")))
