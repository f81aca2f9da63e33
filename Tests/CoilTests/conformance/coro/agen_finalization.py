# Finalization of unfinished async generators without an event loop.
import sys
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


async def simple(name):
    try:
        yield 1
        yield 2
    finally:
        print(f'  {name} finally')


print('hooks:', sys.get_asyncgen_hooks())

# With no hooks installed, dropping a suspended async generator closes it
# synchronously like a plain generator: GeneratorExit is thrown in and the
# finally block runs right away.
g = simple('a')
print('got', step(g.__anext__()))
print('dropping a')
del g
print('after drop')

# Never-started and exhausted generators: nothing happens.
g = simple('b')
del g
print('unstarted dropped')

# Install hooks, as an event loop would.
finalized = []

def firstiter(agen):
    print('  firstiter hook for', agen.__name__)

def finalizer(agen):
    print('  finalizer hook for', agen.__name__)
    finalized.append(agen)

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

g = simple('c')
print('created c')
print('got', step(g.__anext__()))
print('got', step(g.__anext__()))
print('dropping c')
del g
print('after drop, finally has not run yet; finalized:', len(finalized))

# The loop would now schedule aclose() of the finalized generator.
agen = finalized.pop()
print('running aclose()')
step(agen.aclose())
del agen

# A generator whose cleanup awaits: only possible through aclose().
async def async_cleanup():
    try:
        yield 'x'
    finally:
        await pause('cleanup pause')
        print('  async cleanup done')

g = async_cleanup()
step(g.__anext__())
del g
agen = finalized.pop()
aw = agen.aclose()
print('aclose suspended at:', aw.send(None))
try:
    aw.send(None)
except StopIteration:
    print('aclose finished')
del aw, agen

# Hooks are only used by generators first iterated while they are installed.
sys.set_asyncgen_hooks(*old)
print('hooks restored:', sys.get_asyncgen_hooks() == old)
g = simple('d')
step(g.__anext__())
del g
print('d dropped without hooks')

# Invalid hooks.
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print(type(e).__name__, e)
