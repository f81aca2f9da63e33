# send/throw/close on coroutine objects.

class Yield:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


async def worker():
    log = []
    try:
        while True:
            try:
                got = await Yield(len(log))
                log.append(got)
            except ValueError as e:
                log.append(f'ValueError({e})')
    finally:
        print('  worker finally, log =', log)


c = worker()
print(c.send(None))
print(c.send('a'))
print(c.throw(ValueError('bad value')))
print(c.send('b'))
print(c.throw(ValueError))
c.close()
print('closed; cr_frame is None:', c.cr_frame is None)

# throw of an unhandled exception propagates and finishes the coroutine.
c = worker()
c.send(None)
try:
    c.throw(KeyError('unhandled'))
except KeyError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw into an unstarted coroutine: body never runs.
async def never_runs():
    print('  not printed')

c = never_runs()
try:
    c.throw(TypeError('early'))
except TypeError as e:
    print(type(e).__name__, e)

# close an unstarted coroutine: no warning, nothing runs.
c = never_runs()
c.close()
print('unstarted closed')

# close a suspended coroutine that swallows GeneratorExit by awaiting again.
async def stubborn():
    try:
        await Yield('first')
    except GeneratorExit:
        print('  stubborn got GeneratorExit')
        await Yield('second')

c = stubborn()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# close returns None; GeneratorExit passes through the await chain.
async def inner():
    try:
        await Yield('inner')
    except GeneratorExit:
        print('  inner GeneratorExit')
        raise

async def outer():
    try:
        await inner()
    finally:
        print('  outer finally')

c = outer()
print(c.send(None))
print(c.close())

# send a value into the middle of an await chain.
async def adder():
    a = await Yield('need a')
    b = await Yield('need b')
    return a + b

async def main():
    r = await adder()
    return r * 10

c = main()
print(c.send(None))
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print('main ->', e.value)

# send a non-None value to a just-started coroutine
c = main()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# throw with the three-argument form
c = worker()
c.send(None)
print(c.throw(ValueError, ValueError('3-arg'), None))
c.close()
