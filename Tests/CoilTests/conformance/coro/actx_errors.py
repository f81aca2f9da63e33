# Errors from async with on objects lacking the protocol.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def use(obj):
    async with obj:
        return 'body ran'


class OnlyEnter:
    async def __aenter__(self):
        return self


class OnlyExit:
    async def __aexit__(self, *a):
        return False


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 42

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 42


for obj in [1, None, OnlyEnter(), OnlyExit(), SyncManager(), EnterNotAwaitable(),
            ExitNotAwaitable()]:
    name = type(obj).__name__
    try:
        print(name, run(use(obj)))
    except (TypeError, AttributeError) as e:
        print(name, '->', type(e).__name__, e)

# 'with' on an async-only manager.
class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False

try:
    with AsyncOnly():
        pass
except (TypeError, AttributeError) as e:
    print('with AsyncOnly ->', type(e).__name__, e)
