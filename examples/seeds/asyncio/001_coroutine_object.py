# Seed 001_32648eb80eb20680.txt, "coroutine function and coroutine object".
# Changes needed to run: `yield from asyncio.sleep(1)` inside an `async def`
# is a SyntaxError on every Python version; changed to `await`.  The sleep is
# shortened to 0.05 s and the missing `import asyncio` added.  Nothing is
# printed (CPython warns on stderr that `result` was never awaited).
import asyncio

async def cotask():  # a coroutine task
  await asyncio.sleep(0.05)
result = cotask()      # a coroutine object
asyncio.get_event_loop().run_until_complete(cotask())  # run the task

asyncio.run(cotask())  # python 3.7
