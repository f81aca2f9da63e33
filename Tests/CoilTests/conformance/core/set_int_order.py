# Iteration order of sets of small non-negative ints is deterministic in CPython
# (hash(n) == n, open addressing with linear probing). Coil reproduces it.
print({3, 1, 2}, {5, 0, 7, 2}, set(range(8, 0, -1)))
print(list({5, 3, 1}), list({100, 1, 50}), {32, 1, 8})
print({8, 16, 0}, {9, 1}, {1, 9}, {10, 4, 12})
s = set()
for n in [40, 3, 17, 25, 9]:
    s.add(n)
print(s)
s.discard(17)
s.add(33)
print(s)
print(set([7, 15, 23, 31]), {x * 8 for x in range(5)})
print(set(range(20)), set(range(19, -1, -1)) == set(range(20)))
print({-1, -2, 1, 2}, {0, -8})
grow = set()
for i in range(0, 60, 6):
    grow.add(i)
print(grow)
print(frozenset({10, 2, 18}), {1, 2} | {9, 17}, {1, 2, 9, 17} & {17, 9})
