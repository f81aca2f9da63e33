class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for round_ in range(20):
    points = [Point(i, i * 2) for i in range(2000)]
    total += sum(p.x + p.y for p in points)
print("total", total)
strings = 0
for i in range(20000):
    s = "item-" + str(i) + "-" * (i % 10)
    strings += len(s)
print("string chars", strings)
d = {}
for i in range(50000):
    d[i] = str(i)
    if i >= 100:
        del d[i - 100]
print("dict size", len(d), min(d), max(d))
big = [list(range(100)) for _ in range(1000)]
print("nested", len(big), sum(map(len, big)))
big = None
acc = []
for i in range(10000):
    acc.append((i, [i] * 3, {"k": i}))
    if len(acc) > 100:
        acc.pop(0)
print("sliding window", len(acc), acc[0][0], acc[-1][2])
