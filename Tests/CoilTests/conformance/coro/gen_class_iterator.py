# Iterator classes with __iter__/__next__ and __iter__ written as a generator.

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
c = Countdown(2)
for v in c:
    print('for', v)
print(list(c))                      # exhausted

class Range2:
    """Iterable (not iterator): each __iter__ call gives a fresh generator."""
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(3)
print(list(r), list(r))
print(type(iter(r)).__name__)
print([(a, b) for a in r for b in r if a < b])

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print(sum(t), max(t), 3 in t, 9 in t)

# __next__ can be called directly.
c = Countdown(2)
print(c.__next__(), c.__next__())

# An iterator class whose __iter__ returns a non-iterator.
class Broken:
    def __iter__(self):
        return 42

try:
    iter(Broken())
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ = None marks a class as not iterable.
class NotIterable:
    __iter__ = None

try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

# Iterator that returns values through StopIteration args.
class WithValue:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration('payload')
        self.done = True
        return 'item'

w = WithValue()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print('value', e.value)

# Fibonacci iterator with state.
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(100)))
