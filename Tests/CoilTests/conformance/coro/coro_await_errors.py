# TypeErrors for invalid awaitables.

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


async def await_value(obj):
    return await obj


class ReturnsInt:
    def __await__(self):
        return 5


class ReturnsList:
    def __await__(self):
        return [1, 2]


class ReturnsCoroutine:
    def __await__(self):
        return await_value(None)


class NotCallable:
    __await__ = 3


def plain_generator():
    yield 1


class Raises:
    def __await__(self):
        raise KeyError('inside __await__')


cases = [
    ('int', 1),
    ('str', 'text'),
    ('None', None),
    ('list', [1]),
    ('ReturnsInt', ReturnsInt()),
    ('ReturnsList', ReturnsList()),
    ('ReturnsCoroutine', ReturnsCoroutine()),
    ('NotCallable', NotCallable()),
    ('generator', plain_generator()),
    ('Raises', Raises()),
]

for name, obj in cases:
    try:
        run(await_value(obj))
        print(name, 'ok')
    except (TypeError, KeyError) as e:
        print(name, '->', type(e).__name__, e)

# Errors when await is used where it is not allowed.
sources = [
    'await x',
    'def f():\n    await x\n',
    'async def f():\n    yield from x\n',
    'async def f():\n    return [x async for x in y] if False else (lambda: await z)\n',
    'def f():\n    async for x in y:\n        pass\n',
    'def f():\n    async with x:\n        pass\n',
    'async def f():\n    yield 1\n    return 2\n',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled OK:', repr(src))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
