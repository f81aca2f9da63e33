# Error messages of async for with bad objects.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def loop_over(obj):
    async for x in obj:
        pass
    return 'finished'


class NoAnext:
    def __aiter__(self):
        return 42


class AiterNotCallable:
    __aiter__ = None


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AnextRaises:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise ValueError('from __anext__')


class SyncOnly:
    def __iter__(self):
        return iter([1, 2])


class AiterIsAsync:
    async def __aiter__(self):
        return self


cases = [('int', 1), ('list', [1, 2]), ('SyncOnly', SyncOnly()),
         ('NoAnext', NoAnext()), ('AiterNotCallable', AiterNotCallable()),
         ('BadAnext', BadAnext()), ('AnextRaises', AnextRaises()),
         ('AiterIsAsync', AiterIsAsync())]

for name, obj in cases:
    try:
        print(name, run(loop_over(obj)))
    except (TypeError, ValueError) as e:
        print(name, '->', type(e).__name__, e)

# Async comprehension over a sync iterable.
async def comp(obj):
    return [x async for x in obj]

try:
    run(comp(range(3)))
except TypeError as e:
    print('comprehension ->', type(e).__name__, e)

# Sync for over an async iterable.
class AsyncOnly:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration

try:
    for x in AsyncOnly():
        pass
except TypeError as e:
    print('sync for ->', type(e).__name__, e)
