# yield from over different kinds of iterables.

def from_list():
    yield from [1, 2, 3]

def from_str():
    yield from 'abc'

def from_range():
    yield from range(3, 0, -1)

def from_dict():
    yield from {'k1': 1, 'k2': 2}

def from_tuple_of_tuples():
    yield from ((1, 'a'), (2, 'b'))

def from_generator():
    yield from (x * x for x in range(4))

def from_iter():
    yield from iter([7, 8])

def from_empty():
    yield 'before'
    yield from []
    yield from ''
    yield 'after'

class CustomIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return 'c%d' % self.i

class CustomIterable:
    def __iter__(self):
        return iter(['x', 'y'])

def from_custom():
    yield from CustomIterator(3)
    yield from CustomIterable()

for f in (from_list, from_str, from_range, from_dict, from_tuple_of_tuples,
          from_generator, from_iter, from_empty, from_custom):
    print(f.__name__, list(f()))

# yield from of a list returns None.
def value_of_list():
    result = yield from [1]
    yield ('result', result)

print(list(value_of_list()))

# yield from a non-iterable raises TypeError when reached.
def bad():
    yield 'first'
    yield from 42

g = bad()
print(next(g))
try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e)

# Mixing yield and yield from.
def mixed():
    yield 0
    yield from [1, 2]
    yield 3
    yield from (i for i in [4, 5])
    yield 6

print(list(mixed()))

# yield from a set: only count and sum (order not guaranteed for strings).
def from_set():
    yield from {3, 1, 2}

print(sorted(from_set()), sum(from_set()))

# yield from over an iterator that is shared with the caller.
it = iter(range(10))
def take3():
    for _ in range(3):
        yield next(it)

def rest():
    yield from it

print(list(take3()), list(rest()))

# yield from works on bytes and bytearray.
def from_bytes():
    yield from b'AB'
    yield from bytearray(b'\x01')

print(list(from_bytes()))
