# Objects with __await__.

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return iter([])   # an iterator that is immediately exhausted
        # -> await returns None


class ReadyValue:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        # A generator method: returns the value without suspending.
        return self.value
        yield


class YieldsList:
    """__await__ returns an iterator over a list: each item goes to the driver."""
    def __await__(self):
        return iter(['step1', 'step2'])


class Gen:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += yield f'tick {i}'
        return total


class CustomIter:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 2:
            raise StopIteration('custom result')
        return f'custom {self.count}'


class UsesCustomIter:
    def __await__(self):
        return CustomIter()


async def main():
    print('  Ready ->', await Ready(1))
    print('  ReadyValue ->', await ReadyValue(2))
    print('  YieldsList ->', await YieldsList())
    print('  Gen ->', await Gen(3))
    print('  UsesCustomIter ->', await UsesCustomIter())
    return 'main done'


c = main()
value = None
while True:
    try:
        yielded = c.send(value)
    except StopIteration as e:
        print('finished:', e.value)
        break
    print('driver got', repr(yielded))
    value = 10 if isinstance(yielded, str) and yielded.startswith('tick') else None

# __await__ defined on the class as a plain function returning an iterator.
class Lambdaish:
    __await__ = lambda self: iter(['from lambda'])

async def use():
    return await Lambdaish()

c = use()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)

# Awaitable subclass inherits __await__.
class Child(Gen):
    pass

async def use_child():
    return await Child(2)

c = use_child()
print(c.send(None), c.send(5))
try:
    c.send(6)
except StopIteration as e:
    print('child total', e.value)

# __await__ looked up on the type, not the instance.
class NoAwait:
    pass

obj = NoAwait()
obj.__await__ = lambda: iter([])

async def use_obj():
    await obj

try:
    use_obj().send(None)
except TypeError as e:
    print(type(e).__name__, e)
