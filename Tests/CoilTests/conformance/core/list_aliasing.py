grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
d = list(a)
e = a.copy()
print(d is a, e is a, d == a)
outer = [[1, 2], [3, 4]]
shallow = outer.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)
deep = [row[:] for row in outer]
deep[0].append(100)
print(outer, deep)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
orig = []
mutate(orig)
rebind(orig)
print(orig)
items = [1, 2, 3, 4]
for item in items[:]:
    if item % 2 == 0:
        items.remove(item)
print(items)
row = []
matrix = []
for i in range(2):
    row.append(i)
    matrix.append(row)
print(matrix)
t = ([1], [2])
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
