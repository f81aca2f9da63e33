def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")

find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

for i in range(5):
    if i % 2 == 0:
        continue
    print("odd", i)
else:
    print("else after continue-only loop")

for ch in "abc":
    pass
print("loop var survives:", ch)

for i in range(3):
    pass
print(i)

for x in []:
    print("never")
else:
    print("empty iterable: else runs")

for k, v in {"a": 1, "b": 2}.items():
    print(k, v)

for i in range(10, 0, -3):
    print("countdown", i)
for i, (a, b) in enumerate(zip("xyz", range(3))):
    print(i, a, b)
items = [1, 2, 3]
for item in items:
    item *= 10
print(items)
