# Cancelling hand-driven tasks by throwing an exception into them.
import types


class Cancelled(BaseException):
    pass


@types.coroutine
def checkpoint(label):
    yield label


async def resource_user(name):
    print(f'  {name} acquiring')
    try:
        for i in range(10):
            await checkpoint(f'{name} step {i}')
        return f'{name} completed'
    except Cancelled:
        print(f'  {name} cancelled, cleaning up')
        raise
    finally:
        print(f'  {name} released')


async def shielded(name):
    """Catches the cancellation and finishes normally with a value."""
    try:
        await checkpoint(f'{name} waiting')
    except Cancelled:
        print(f'  {name} ignoring cancellation')
    await checkpoint(f'{name} after cancel')
    return f'{name} survived'


async def parent():
    child = resource_user('child')
    # manually drive the child, forwarding our own suspension points
    value = None
    while True:
        try:
            label = child.send(value)
        except StopIteration as e:
            return e.value
        try:
            value = await checkpoint('parent forwarding ' + label)
        except Cancelled:
            print('  parent cancelling child')
            try:
                child.throw(Cancelled())
            except Cancelled:
                pass
            raise


def step(coro, n):
    labels = []
    for _ in range(n):
        labels.append(coro.send(None))
    return labels


def cancel(coro):
    try:
        label = coro.throw(Cancelled())
    except Cancelled:
        return 'cancelled'
    except StopIteration as e:
        return f'finished: {e.value}'
    return f'still running at {label!r}'


t = resource_user('A')
print(step(t, 3))
print(cancel(t))

t = shielded('B')
print(step(t, 1))
print(cancel(t))
try:
    t.send(None)
except StopIteration as e:
    print('B result', e.value)

t = parent()
print(step(t, 2))
print(cancel(t))

# Cancelling a task before it starts.
t = resource_user('C')
print(cancel(t))

# close() is another way to stop a task: GeneratorExit instead of Cancelled.
t = resource_user('D')
step(t, 1)
t.close()
print('D closed')
