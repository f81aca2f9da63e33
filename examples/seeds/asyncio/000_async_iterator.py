# Seed 000_21b594753d1cad41.txt, section "3.7 asynchronous iterator".
# Changes: the page lost the body of the `async for` loop and the line that
# runs func(); restored from seed 004 (`print(item)`, `asyncio.run(func())`).
import asyncio

class Reader(object):
    """Custom asynchronous iterator(It is also an asynchronous and iterative object)"""
    def __init__(self):
        self.count = 0

    async def readline(self):
        # await asyncio.sleep(2)
        self.count += 1
        if self.count == 100:
            return None
        return self.count

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == None:
            raise StopAsyncIteration
        return val

async def func():
    obj = Reader()
    # async for can only be written in a co function
    async for item in obj:
        print(item)

asyncio.run(func())
