# Set displays of 3+ constants are built from a frozenset constant (CPython 3.11's
# BUILD_SET 0 + LOAD_CONST frozenset + SET_UPDATE), which decides their iteration order.
print({9, 1, 17}, {1, 9, 17}, {17, 9, 1})
print({40, 3, 17, 25, 9}, {0, 8, 16, 24, 32, 40})
print({5, 13, 21, 29, 37, 45, 53, 61, 69})
print({-1, -9, 7, 15}, {2 ** 70, 1, 2}, {1.5, 9, 17})
print({(1, 2), (3,), 8, 16}, {True, 1, 1.0, 9})
print({1, 2}, {9, 1}, {17, 1, 9, *[25, 33]})
x = 3
print({x, 11, 19, 27}, {11, 19, 27, x})
print([v for v in {33, 1, 65, 17}], list({48, 16, 32}))
for v in {100, 36, 4, 68}:
    print(v, end=" ")
print()
print(sorted({"b", "a", "c"}), len({"x", "y", "z", "x"}))
print(4 in {4, 12, 20}, 5 not in {4, 12, 20}, 12 in {4, 12})
print({frozenset({1})} == {frozenset({1}), frozenset({1})})


def f():
    return {64, 0, 128, 32}


print(f(), f() is f(), f() == f())
s = f()
s.add(1)
print(s, f())
# An unhashable set used as a key is retried as a frozenset.
fs = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in fs, set() in fs, {5} in fs, {2, 1} not in fs)
fs.discard({2, 1})
print(sorted(map(len, (k for k in fs if isinstance(k, frozenset)))))
fs.remove(set())
print(3 in fs, len(fs))
try:
    fs.remove({7})
except KeyError as e:
    print("KeyError", e)
for bad in ([1], {"a": 1}, [{1}]):
    try:
        print(bad in {1, 2, 3})
    except TypeError as e:
        print("TypeError", e)
try:
    print([] in frozenset({1, 2, 3}))
except TypeError as e:
    print("TypeError", e)
try:
    {1, 2, [3]}
except TypeError as e:
    print("TypeError", e)
# Equal items keep the first; equal frozenset constants of one module share the first's order.
print({1, True, 9, 1.0}, {True, 1, 9}, {9.0, 1, 17}, {0, False, 0.0, 8})
print({2.0, 10, 18}, {18, 10, 2})


def g():
    return {33, 1, 17}, 17 in {1, 33, 17}


print({17, 1, 33}, g())
for v in {65, 1, 33}:
    print(v, end=" ")
print({1, 65, 33})
print({-0.0, 0, 8}, {0j, 8, 16}, {(1, 2.0), (1, 2), 5})
