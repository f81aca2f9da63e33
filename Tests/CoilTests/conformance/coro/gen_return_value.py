# return in generators: StopIteration.value.

def gives(value):
    yield 'only'
    return value


for v in [42, None, 'text', (1, 2), [3]]:
    g = gives(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

# Bare return and falling off the end.
def bare():
    yield 1
    return

def falls_off():
    yield 1

for f in (bare, falls_off):
    g = f()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

# Return value is lost in a for loop / list() but list still works.
print(list(gives('lost')))

# A generator returning before any yield.
def early(flag):
    if flag:
        return 'early exit'
    yield 'normal'

g = early(True)
try:
    next(g)
except StopIteration as e:
    print('early:', e.value)
print(list(early(False)))

# Returning a StopIteration object as a value is fine.
def weird():
    yield
    return StopIteration('inner')

g = weird()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

# Collect the return value with a helper.
def run(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

def summing(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

print(run(summing(5)))
print(run(summing(0)))

# return value via send
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = accumulate()
next(acc)
for x in (1, 2, 3, 4):
    acc.send(x)
try:
    acc.send(None)
except StopIteration as e:
    print('accumulated', e.value)
