# Seed 001_32648eb80eb20680.txt, "Two coroutines depends on each other".
# Changes needed to run: added the missing colons after both `async def`
# lines, `async.sleep` -> `asyncio.sleep` (twice), `other1()` -> `others1()`.
# Sleeps shortened from 1 s to 0.05 s.  Nothing is printed.
import asyncio
async def others():
  await asyncio.sleep(0.05)
async def others1():
  await asyncio.sleep(0.05)
async def dep_others():
  await others()
  await others1()
asyncio.run(dep_others())
