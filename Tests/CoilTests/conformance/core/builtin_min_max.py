print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda x: -x), min(["apple", "fig", "banana"], key=len))
print(max(["apple", "fig", "banana"], key=len), max(["aa", "bb"], key=len))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max({"a": 3, "b": 7, "c": 5}), max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
d = {"x": 10, "y": 30, "z": 20}
print(max(d, key=d.get), min(d, key=d.get))
print(min((2, "b"), (1, "z"), (1, "a")), max([[1, 2], [1, 3]]))
print(max(1, 2.5, True), min(-0.5, 0, False), max(True, 1), min(1, True))
print(max(range(10), key=lambda n: n % 4), min("Hello World", key=str.lower))
print(max(x * x for x in range(-5, 3)), min((abs(v), v) for v in [-3, 2, -1, 1]))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
