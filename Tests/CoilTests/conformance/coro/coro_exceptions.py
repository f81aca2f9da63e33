# Exceptions propagating through await chains with try/except/finally.

class Pause:
    def __await__(self):
        yield 'pause'


async def fail(kind):
    await Pause()
    raise kind('from fail')


async def middle(kind):
    try:
        await fail(kind)
    except KeyError as e:
        print('  middle handled', repr(e))
        return 'middle recovered'
    finally:
        print('  middle finally')


async def top(kind):
    try:
        result = await middle(kind)
        print('  top got', result)
        return result
    except ValueError as e:
        print('  top handled', e)
        return 'top recovered'
    finally:
        print('  top finally')


def run(coro):
    value = None
    while True:
        try:
            coro.send(value)
        except StopIteration as e:
            return e.value

print(run(top(KeyError)))
print(run(top(ValueError)))
try:
    run(top(TypeError))
except TypeError as e:
    print('escaped', type(e).__name__, e)

# Exception context is preserved across awaits.
async def context():
    try:
        raise OSError('first')
    except OSError:
        await Pause()
        raise RuntimeError('second')

try:
    run(context())
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))

# raise from across await
async def wrap():
    try:
        await fail(IndexError)
    except IndexError as e:
        raise LookupError('wrapped') from e

try:
    run(wrap())
except LookupError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))

# StopIteration raised in a coroutine becomes RuntimeError.
async def raises_stop():
    raise StopIteration('inside coroutine')

try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)

# Exception thrown in by the driver at the innermost await point.
async def guarded():
    try:
        await Pause()
    except ConnectionError as e:
        return f'guarded caught {type(e).__name__}: {e}'

async def outer():
    return await guarded()

c = outer()
c.send(None)
try:
    c.throw(ConnectionResetError('reset'))
except StopIteration as e:
    print(e.value)

# Errors in finally replace the original.
async def finally_error():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')

try:
    run(finally_error())
except KeyError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))

# Traceback goes through every coroutine frame.
import traceback
try:
    run(top(TypeError))
except TypeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

# except* is not needed here; plain exception groups propagate too.
async def group():
    raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])

try:
    run(group())
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, [type(x).__name__ for x in eg.exceptions])
