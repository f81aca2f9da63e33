# iter() and next() builtins, including defaults and the sentinel form.

it = iter([1, 2])
print(next(it), next(it))
print(next(it, 'default'))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

def gen():
    yield 'g1'

g = gen()
print(next(g, 'd'), next(g, 'd'), next(g, 'd'))

# next() on a non-iterator.
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# iter() on a non-iterable.
try:
    iter(3.5)
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))

lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(lines))

# iter() of an iterator is the iterator itself.
it = iter('xyz')
print(iter(it) is it)
print(type(iter([])).__name__, type(iter(())).__name__)
print(type(iter(range(3))).__name__, type(iter({})).__name__)

# __getitem__-based iteration (old sequence protocol).
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11

print(list(Seq()))
print(list(iter(Seq())))
print(2 * 11 in Seq())

# Iteration is lazy with map/filter/zip/enumerate/reversed.
def noisy(n):
    for i in range(n):
        print('  produce', i)
        yield i

m = map(lambda v: v * 10, noisy(3))
print('map created')
print(next(m))
f = filter(None, noisy(3))
print(next(f))
z = zip(noisy(2), 'ab')
print(next(z))
e = enumerate(noisy(2), start=5)
print(next(e))
print(list(reversed([1, 2, 3])))

# Independent iterators over the same list.
data = [1, 2, 3]
a, b = iter(data), iter(data)
print(next(a), next(a), next(b))

# Mutating a list while iterating it.
data = [1, 2, 3]
it = iter(data)
print(next(it))
data.append(4)
print(list(it))
