import os.path as p, os
paths = ["", "/", "//", "///", "a", "a/", "/a", "/a/", "a/b", "a//b", "a/./b", "a/../b", "../a", "./a", "a/b/..", "/..", "/../a", "//a/b", "///a//b//", ".", "..", "...", ".a", "a.", "a.b.c", "/a.b/c.d", "a/.b", "a/..b.c", "/x/y/../../z", "x/../../y", "$NOPE_ZZ/x", "a$b", "${NOPE_ZZ}"]
for s in paths:
    print(repr(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.normpath(s), p.isabs(s), p.expandvars(s))
print(p.join(""), p.join("", "a"), p.join("a", ""), p.join("a", "", "b"), p.join("/", "a"), p.join("a", "b/", "c"))
print(p.relpath("/a/b/c", "/a"), p.relpath("a/b", "a/c/d"), p.relpath("/", "/a/b"), p.relpath("x"), p.commonpath(["a/b", "a/c"]), p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonprefix([]))
try:
    p.relpath("")
except ValueError as e:
    print(e)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
try:
    p.join("a", 5)
except TypeError as e:
    print(e)
print(p.splitdrive("/a/b"), p.normcase("A/B"), p.abspath("") == os.getcwd(), p.abspath("a/../b") == os.path.join(os.getcwd(), "b"))
print(p.exists(""), p.isdir("/"), p.lexists("/"), p.ismount("/"))
try:
    p.getsize("/nonexistent/zz")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.extsep, os.altsep, os.name)
print(type(os.environ).__name__, "PATH" in os.environ, os.environ.get("NOPE_Q", "d"))
print(os.fspath("x"), os.path.join(os.sep, "usr"))
