s = "hello world, hello coil"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10), s.rfind("zz"))
print(s.find("o", 5, 8), s.find("l", -5), s.find("world", 0, 10))
print(s.index("world"), s.rindex("l"), s.index("o", 5))
try:
    s.index("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("nope")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 5), "aaaa".count("aa"))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.endswith("coil"), s.endswith(("java", "coil")), s.startswith(("x", "y")))
print(s.startswith(""), "abc".endswith("bc", 0, 3), "abc".endswith("b", 0, 2))
print("world" in s, "World" in s, "" in s)
print("abcabc".find("c", -2), "abc".find("a", -100))
