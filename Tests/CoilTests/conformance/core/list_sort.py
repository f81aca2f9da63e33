words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_age_then_name = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(by_age_then_name)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
print(sorted([3.5, 1, 2.25, -0.5, 2]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1, 1, 1]]))
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}))
print(sorted([], reverse=True), sorted([1]), sorted(range(5, 0, -1)))
print(sorted([True, False, 0, 1, -1]))
mixed_case = ["b", "A", "a", "B"]
print(sorted(mixed_case), sorted(mixed_case, key=str.casefold))
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
stable = sorted([(k % 3, k) for k in range(10)], key=lambda t: t[0])
print(stable)
big = list(range(100, 0, -7))
big.sort()
print(big)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
