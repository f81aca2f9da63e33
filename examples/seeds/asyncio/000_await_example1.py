# Seed 000_21b594753d1cad41.txt, section "3.3 await", Example 1.
# Changes: the page lost the line that runs the coroutine; restored as
# `asyncio.run(func())` (seed 004 uses asyncio.run(result) with result = func()).
# asyncio.sleep(2) shortened to 0.05 s.
import asyncio

async def func():
    response = await asyncio.sleep(0.05)
    print("end", response)

asyncio.run(func())
