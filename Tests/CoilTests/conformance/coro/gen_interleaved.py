# Several independent generators with their own local state, interleaved.

def counter(name, step):
    value = 0
    while True:
        received = yield f'{name}={value}'
        if received is not None:
            value = received
        else:
            value += step


a = counter('a', 1)
b = counter('b', 10)
print(next(a), next(b))
print(next(a), next(b), next(a))
print(a.send(100), next(b))
print(next(a), b.send(-5), next(b))

# Closures captured by generators.
def make_gen(prefix):
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield prefix + str(count)
    return gen

g1 = make_gen('x')
i1, i2 = g1(), g1()        # share the same 'count' cell
print(next(i1), next(i2), next(i1))
g2 = make_gen('y')()
print(next(g2), next(i2))

# Generator methods on a class keep per-instance state.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def transactions(self):
        while True:
            amount = yield self.balance
            self.balance += amount

acc1, acc2 = Account(10), Account(1000)
t1, t2 = acc1.transactions(), acc2.transactions()
next(t1)
next(t2)
print(t1.send(5), t2.send(-100), t1.send(-3))
print(acc1.balance, acc2.balance)

# Round-robin over generators of different lengths.
def letters(word):
    for ch in word:
        yield ch

gens = [letters('abc'), letters('de'), letters('fghi')]
out = []
while gens:
    for g in gens[:]:
        try:
            out.append(next(g))
        except StopIteration:
            gens.remove(g)
print(''.join(out))

# Default argument values are evaluated once, generator locals each call.
def with_default(items=[]):
    items.append(len(items))
    yield list(items)

print(next(with_default()), next(with_default()), next(with_default([9])))

# Local variables survive across many yields.
def accumulate_locals():
    a = []
    d = {}
    s = ''
    for i in range(5):
        a.append(i)
        d[i] = i * i
        s += str(i)
        yield len(a), sum(d.values()), s

print(list(accumulate_locals()))

# Recursion through a generator with local state per frame.
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
        yield -n

print(list(countdown(4)))
