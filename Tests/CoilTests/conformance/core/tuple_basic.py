t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], type(t).__name__)
print(t.count(2), t.index(3), t.index(2, 2), 2 in t)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
print(repr((1,)), repr(()), str(("a",)), repr(((),)), repr((1, (2, (3,)))))
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
locations = {(0, 0): "origin", (1, 2): "point"}
print(locations[(1, 2)], locations[0, 0], (0, 0) in locations)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, "a", (2.5,))) == hash((1, "a", (2.5,))))
a, b, c = (10, 20, 30)
print(a, b, c)
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, 1, 9])
print(lo, hi, min_max("hello"))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)))
print(tuple(x * 2 for x in range(3)), (1, 2, 3)[1:], len(((),)))
print(isinstance((), tuple), (1, 2).__len__(), tuple.__name__)
