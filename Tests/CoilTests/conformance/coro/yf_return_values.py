# Values returned by generators become the value of yield from, across levels.

def leaf(x):
    yield f'leaf {x}'
    return x * 2


def branch(xs):
    total = 0
    for x in xs:
        total += yield from leaf(x)
    return total


def root():
    a = yield from branch([1, 2])
    b = yield from branch([10])
    return a, b


g = root()
yielded = []
while True:
    try:
        yielded.append(next(g))
    except StopIteration as e:
        print('root returned', e.value)
        break
print(yielded)

# A generator that returns immediately.
def instant():
    return 'instant'
    yield

def uses_instant():
    v = yield from instant()
    yield v

print(list(uses_instant()))

# yield from an already exhausted generator gives None.
def gives():
    yield 1
    return 'gone'

def twice():
    g = gives()
    first = yield from g
    second = yield from g
    yield (first, second)

print(list(twice()))

# Return values through a chain of 50 levels.
def chain(n):
    if n == 0:
        yield 'bottom'
        return 0
    return 1 + (yield from chain(n - 1))

g = chain(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('depth', e.value)

# Returning a generator object from a generator.
def returns_generator():
    yield 'outer item'
    return (i for i in range(3))

def consumer():
    inner = yield from returns_generator()
    yield from inner

print(list(consumer()))

# Return value passed through send().
def adder():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def collect_sums(n):
    sums = []
    for _ in range(n):
        s = yield from adder()
        sums.append(s)
    return sums

g = collect_sums(2)
next(g)
for value in [1, 2, 3, None, 10, 20, None]:
    try:
        g.send(value)
    except StopIteration as e:
        print('sums', e.value)

# yield from as an expression inside other expressions.
def one():
    yield 'one'
    return 1

def exprs():
    x = (yield from one()) + (yield from one()) * 10
    y = [(yield from one()), (yield from one())]
    yield x, y

print(list(exprs()))
