# Generator expressions: laziness, own scope, eager first iterable.

squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

# The first iterable is evaluated (and iter() called) immediately...
try:
    bad = (x for x in 5)
except TypeError as e:
    print('at creation:', type(e).__name__, e)

def source():
    print('  source() called')
    return [1, 2]

g = (x for x in source())
print('created')
print(list(g))

# ...but the rest of the expression runs lazily.
def check(x):
    print('  check', x)
    return x % 2 == 0

g = (x for x in range(4) if check(x))
print('nothing checked yet')
print(next(g))
print(next(g))

# Nested for clauses: only the first iterable is eager.
g = (x + y for x in [10, 20] for y in 7)
print('second iterable not evaluated yet')
try:
    next(g)
except TypeError as e:
    print('at first next:', type(e).__name__, e)

# Loop variable does not leak.
x = 'outer x'
total = sum(x for x in range(10))
print(total, x)

# Closure over a variable that changes before consumption.
n = 1
g = (i * n for i in range(3))
n = 100
print(list(g))

# Class scope: names in the class body are not visible inside,
# except in the first iterable.
class C:
    values = [1, 2, 3]
    factor = 10
    doubled = list(v * 2 for v in values)
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        error = str(e)

print(C.doubled)
print(C.error)

# A generator expression as the only argument needs no extra parentheses.
print(sum(i for i in range(5)), max((i for i in range(5)), default=None))
print(''.join(c.upper() for c in 'abc'))
print(sorted((c for c in 'hello'), reverse=True))

# Generator expressions support send/throw/close like generators.
g = (i for i in range(3))
print(g.send(None))
g.close()
print(list(g))

g = (i for i in range(3))
next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    print(type(e).__name__, e)

# Conditional and nested generator expressions.
matrix = [[1, 2, 3], [4, 5, 6]]
flat = (v for row in matrix for v in row if v != 4)
print(list(flat))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(sum(r) for r in ((i for i in row) for row in matrix)))
