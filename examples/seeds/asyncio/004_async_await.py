# Seed 004_a84904af12f6a7ee.txt, "1.4 async & awit".
# Change: asyncio.sleep(2) shortened to 0.05 s.
import asyncio


async def func1():
    print(1)
    await asyncio.sleep(0.05)
    print(2)


async def func2():
    print(3)
    await asyncio.sleep(0.05)
    print(4)


tasks = [
    asyncio.ensure_future(func1()),
    asyncio.ensure_future(func2())
]

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
