# Coroutines that are never awaited: CPython prints a RuntimeWarning
# ("coroutine '...' was never awaited") on stderr when they are destroyed.
# Only stdout is checked here.

async def job(n):
    print('  job body', n)     # never printed
    return n


print('creating')
c = job(1)
print('dropping')
del c
print('dropped')

# Calling without awaiting inside a coroutine: the call does nothing.
async def main():
    job(2)                   # forgot await
    r = await job(3)
    return r

try:
    main().send(None)
except StopIteration as e:
    print('main returned', e.value)

# close() suppresses the warning; the body still never runs.
c = job(4)
c.close()
print('closed explicitly')

# Warnings can be captured and checked.
import warnings
import gc

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    job(5)
    gc.collect()
print(len(caught), caught[0].category.__name__ if caught else None)
print(str(caught[0].message) if caught else None)
