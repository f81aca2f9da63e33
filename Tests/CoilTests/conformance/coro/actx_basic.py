# async with: __aenter__/__aexit__, exception info, suppression, several items.
import types


@types.coroutine
def pause(tag):
    yield tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await pause(f'{self.name} entering')
        print(f'  enter {self.name}')
        return f'<{self.name}>'

    async def __aexit__(self, exc_type, exc, tb):
        await pause(f'{self.name} exiting')
        info = None if exc_type is None else (exc_type.__name__, str(exc), tb is not None)
        print(f'  exit {self.name} {info}')
        return self.suppress


def run(coro):
    pauses = []
    while True:
        try:
            pauses.append(coro.send(None))
        except StopIteration as e:
            return e.value, pauses


async def simple():
    async with Manager('m') as value:
        print('  body with', value)
    return 'simple done'

print(run(simple()))

async def raising(suppress):
    try:
        async with Manager('r', suppress) as value:
            raise ValueError('in body')
        return 'suppressed, continued after block'
    except ValueError as e:
        return f'propagated: {e}'

print(run(raising(False))[0])
print(run(raising(True))[0])

async def several():
    async with Manager('a') as a, Manager('b') as b, Manager('c', suppress=True):
        print('  body', a, b)
        raise KeyError('k')
    return 'after several'

print(run(several()))

# Parenthesized multi-item form.
async def parenthesized():
    async with (
        Manager('p1') as x,
        Manager('p2') as y,
    ):
        return x + y

print(run(parenthesized())[0])

# return/break/continue inside async with still call __aexit__.
async def control_flow():
    out = []
    for i in range(3):
        async with Manager(f'loop{i}'):
            if i == 0:
                continue
            if i == 1:
                out.append('breaking')
                break
    async with Manager('ret'):
        return out

print(run(control_flow())[0])

# Exception inside __aenter__: __aexit__ is not called.
class FailingEnter:
    async def __aenter__(self):
        raise RuntimeError('enter failed')

    async def __aexit__(self, *args):
        print('  never called')

async def failing_enter():
    try:
        async with FailingEnter():
            print('  never runs')
    except RuntimeError as e:
        return str(e)

print(run(failing_enter())[0])

# Exception inside __aexit__ replaces the body's exception.
class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        raise LookupError(f'exit failed while handling {t.__name__ if t else None}')

async def failing_exit():
    try:
        async with FailingExit():
            raise ValueError('body')
    except LookupError as e:
        return f'{e} | context: {e.__context__!r}'

print(run(failing_exit())[0])

# __aexit__ as a non-async method returning an awaitable.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield

class PlainMethods:
    def __aenter__(self):
        return Ready('plain enter')

    def __aexit__(self, *exc):
        return Ready(True)

async def plain_methods():
    async with PlainMethods() as v:
        raise ValueError('suppressed by Ready(True)')
    return v

print(run(plain_methods())[0])
