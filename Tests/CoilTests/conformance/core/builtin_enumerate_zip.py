fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=1):
    print(i, f)
print(list(enumerate("ab", 10)), list(enumerate([])), list(enumerate(fruits, -1)))
e = enumerate("xyz")
print(next(e), next(e), list(e), type(e).__name__)
prices = [1.5, 0.25, 3.0]
qty = [2, 4]
print(list(zip(fruits, prices)), list(zip(fruits, prices, qty)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(10))))
print(dict(zip(fruits, prices)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)])
for (i, f), p in zip(enumerate(fruits), prices):
    print(i, f, p)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip(range(3), range(10, 13), range(20, 23))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(*[iter(range(6))] * 2)))
