a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, a + [], [] * 5)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, 2] < a, [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0, 2] == [1, 2.0])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(len(a), 2 in a, 7 not in a, a.index(3), sum(a), a[::-1])
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1][0], [row[1] for row in nested], [x for row in nested for x in row])
print(list(zip(*nested)), [list(col) for col in zip(*nested)])
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m)
print([1, 2, 3][1:], [1, 2, 3][-2:], [[1, 2]] + [[3]])
c = a
c += [4]
print(a, c is a)
d = a
d = d + [5]
print(a, d, d is a)
print(list(map(len, ["a", "bb", "ccc"])), list(enumerate(["x", "y"])))
x = [3, 1, 2]
y = sorted(x)
print(x, y, list(reversed(x)), x)
print([i * j for i, j in zip([1, 2, 3], [4, 5, 6])])
print(any([0, "", None]), all([1, "a", [0]]), any([]), all([]))
print([[]] == [[]], [[]] is [[]], [None] * 3)
print(repr([1, "two", 3.0, None, True, [4], (5,), {6: 7}]))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
