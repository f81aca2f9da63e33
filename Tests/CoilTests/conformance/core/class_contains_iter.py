class EvenNumbers:
    def __contains__(self, item):
        print("  __contains__", item)
        return isinstance(item, int) and item % 2 == 0

evens = EvenNumbers()
print(4 in evens, 3 in evens, 3 not in evens, "x" in evens)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
print(2 in c, 7 in c)
for x in Countdown(2):
    print("tick", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(dict(zip(Countdown(3), "abc")))
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(50)
print(list(f), list(f))
print(iter(f) is f)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
class NotIterator:
    def __iter__(self):
        return 42
try:
    iter(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
