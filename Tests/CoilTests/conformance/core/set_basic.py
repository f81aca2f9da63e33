s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), set([4, 4, 5]), set(range(5)), set("aab") == {"a", "b"}, type(set()).__name__)
print(repr(set()), repr(frozenset()), {0}, {-1, -2} == {-2, -1})
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1} > {1})
print({1, 2}.issubset([1, 2, 5]), {1, 2, 3}.issuperset({2}), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2} == frozenset({1, 2}))
print(sorted({10, 5, 7}), sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
print({x % 3 for x in range(10)}, {n * n for n in [1, -1, 2, -2]})
words = ["apple", "banana", "apple", "cherry", "banana"]
unique = sorted(set(words))
print(unique, len(set(words)))
seen = set()
dupes = []
for w in words:
    if w in seen:
        dupes.append(w)
    seen.add(w)
print(dupes)
print(set([1, 2]) == set((2, 1)), {(1, 2), (1, 2)}, {None, None})
print({1, 1.0, True}, {0, False, 0.0})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
