# Infinite generators consumed with hand-written take loops (no itertools).

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    result = []
    if n <= 0:
        return result
    for item in iterable:
        result.append(item)
        if len(result) == n:
            break
    return result


def take_while(pred, iterable):
    for item in iterable:
        if not pred(item):
            return
        yield item


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def cycle(items):
    saved = list(items)
    while saved:
        for x in saved:
            yield x


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(take(5, naturals()))
print(take(5, naturals(100)))
print(take(0, naturals()))
print(take(15, fib()))
print(take(10, primes()))
print(list(take_while(lambda p: p < 60, primes())))
print(take(7, cycle('abc')))
print(take(3, cycle([])))
print(list(collatz(27))[:10], len(list(collatz(27))))

# Manual next() loop with a counter.
g = fib()
for _ in range(50):
    value = next(g)
print('fib(49) =', value)
print('fib(50) =', next(g))

# Zipping two infinite generators and stopping explicitly.
pairs = zip(naturals(), fib())
for i, f in pairs:
    if f > 1000:
        print('first fib over 1000 at index', i, 'value', f)
        break

# Interleave generators by hand.
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave(iter([1, 2, 3]), iter('ab'), iter([]))))
print(take(8, interleave(naturals(), naturals(1000))))
