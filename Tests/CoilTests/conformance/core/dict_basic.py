d = {"banana": 3, "apple": 1, "cherry": 2}
print(d, len(d), d["apple"])
d["date"] = 4
d["apple"] = 10
print(d, list(d))
del d["banana"]
d["banana"] = 5
print(list(d.keys()), list(d.values()), list(d.items()))
print("apple" in d, "fig" in d, 10 in d, "fig" not in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[(1, 2)], mixed[None])
print({1: "a", 1.0: "b"}, {0: "x", False: "y", 0.0: "z"})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
nested = {"user": {"name": "Ann", "tags": ["x", "y"]}, "count": 2}
print(nested["user"]["tags"][1], nested)
print(repr({}), str({"q": "it's"}), {"k": None})
squares = {}
for n in range(5):
    squares[n] = n * n
print(squares, sum(squares.values()), max(squares, key=squares.get))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print(list(reversed(d)), list(reversed(d.items()))[0])
