# PEP 479: StopIteration raised inside a generator becomes RuntimeError.

def explicit():
    yield 1
    raise StopIteration('stop!')


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('suppress_context', e.__suppress_context__)

# next() on an exhausted iterator inside a generator.
def first_of_each(*iterables):
    for it in iterables:
        it = iter(it)
        yield next(it)

print(list(first_of_each([1, 2], 'ab', (9,))))
try:
    print(list(first_of_each([1], [], [3])))
except RuntimeError as e:
    print(type(e).__name__, e)

# The correct idiom: catch StopIteration and return.
def first_of_each_fixed(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(first_of_each_fixed([1], [], [3])))

# A StopIteration subclass is converted too.
class MyStop(StopIteration):
    pass

def subclass():
    yield 'a'
    raise MyStop

g = subclass()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, type(e.__cause__).__name__)

# A StopIteration caught inside the generator is fine.
def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield 'recovered'

print(list(caught_inside()))

# After the RuntimeError the generator is finished.
g = explicit()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(list(g))

# Generator expressions behave the same.
def stop():
    raise StopIteration

try:
    print(list(stop() for _ in range(3)))
except RuntimeError as e:
    print('genexp:', type(e).__name__, e)

# Plain iterators (not generators) may raise StopIteration freely.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(4)))

# StopAsyncIteration is not converted in a sync generator but propagates.
def async_stop():
    yield 1
    raise StopAsyncIteration

g = async_stop()
next(g)
try:
    next(g)
except StopAsyncIteration as e:
    print(type(e).__name__)
