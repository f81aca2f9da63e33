fs = frozenset([3, 1, 2, 1])
print(fs, len(fs), 2 in fs, type(fs).__name__)
print(frozenset(), frozenset("aa") == frozenset({"a"}), frozenset(range(3)))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()])
print(sorted(fs | {10}), type(fs | {10}).__name__, sorted({10} | fs), type({10} | fs).__name__)
print(fs & {1, 5}, fs - {1}, sorted(fs ^ frozenset({1, 9})))
print(sorted(fs.union([7])), fs.issubset({1, 2, 3, 4}), fs.issuperset([1]), fs.isdisjoint([8]))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), fs == {1, 2, 3})
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
groups = [frozenset(g) for g in ([1, 2], [2, 1], [3])]
print(len(set(groups)), sorted(sorted(g) for g in set(groups)))
print(repr(frozenset({5})), str(frozenset([0, 4])))
