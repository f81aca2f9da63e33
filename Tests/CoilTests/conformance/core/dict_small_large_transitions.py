# Dicts switch between a small linear layout and a hash table as they grow and shrink; order,
# lookups, deletion, popitem and equal-hash keys must behave the same throughout.
import random

rng = random.Random(7)
d = {}
ref = []  # insertion-ordered (key, value) pairs kept by hand
keys = list(range(-3, 12)) + ['a', 'b', 'c', (1, 2), 2.5, -1.0, True]
for step in range(3000):
    k = rng.choice(keys)
    op = rng.random()
    if op < 0.55:
        v = step
        if k in d:
            for i, (rk, _) in enumerate(ref):
                if rk == k:
                    ref[i] = (rk, v)
        else:
            ref.append((k, v))
        d[k] = v
    elif op < 0.9:
        if k in d:
            del d[k]
            ref = [(rk, rv) for rk, rv in ref if rk != k]
    elif d:
        kk, vv = d.popitem()
        assert (kk, vv) == ref[-1], (kk, vv, ref[-1])
        ref.pop()
    assert list(d.items()) == ref, (step, d, ref)
    assert len(d) == len(ref)
print('ok', len(d), list(d)[:5])

# -1 and -2 share a hash; 1, 1.0 and True are one key.
e = {-1: 'm1', -2: 'm2'}
print(e[-1], e[-2], hash(-1) == hash(-2))
e[1] = 'int'
e[1.0] = 'float'
e[True] = 'bool'
print(e, len(e))
del e[-1]
print(e.get(-1), e[-2])

# Growing past the small size and shrinking back to empty, then reuse.
f = {}
for i in range(20):
    f['k%d' % i] = i
for i in range(20):
    del f['k%d' % i]
print(f, len(f))
f['again'] = 1
f.update(x=2, y=3)
print(f)


class Obj:
    pass


o = Obj()
for i in range(12):
    setattr(o, 'a%d' % i, i)
for i in range(0, 12, 2):
    delattr(o, 'a%d' % i)
print(sorted(vars(o).items()))
print(o.a1, o.a11, hasattr(o, 'a0'))
