s = "abc"
print(s * 3, 3 * s, s * 0, s * -1, "" * 5)
print(s + "def", s + "", "" + "")
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
name = "abc"
print(name == "abc", name is not None, "a" != "A", name >= "abc")
print(max("hello"), min("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(str(123), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"), str())
print(len(""), len("a b"), len("\n"))
print(list(reversed("abc")), "abc"[::-1], "abc".__len__())
print("x".join("abc"), "abc".__contains__("b"), "abc".__getitem__(1))
print(s.__add__("!"), s.__mul__(2), "b".__lt__("a"))
t = "hello"
u = t
t += " world"
print(t, u)
print("%s" % "percent", "{}".format("format"), f"{'fstring'}")
print(str.upper("abc"), str.join("-", ["a", "b"]), str.__name__)
print("a,b".split(",") == ["a", "b"], "Tab:\t|", "Null:\0|".replace("\0", "0"))
print("ab" in "cabd", "abc".startswith(""), "abc"[1:1] == "")
print(ord("a"), ord("A"), chr(ord("a") + 1), [chr(c) for c in range(65, 70)])
print("CamelCaseString".replace("C", "_c").lower().lstrip("_"))
print("{:>{w}}".format("right", w=10) + "|")
print(hash("a") == hash("a"), "abc".encode() == b"abc")
