# Seed 000_21b594753d1cad41.txt, section "3.8 asynchronous context manager".
# Changes needed to run: `self.conn = conn` referenced an undefined name
# (NameError) -> `self.conn = None`; the exit method was misnamed
# `async def __anext__(self)` -> `async def __aexit__(self, exc_type, exc, tb)`
# (seed 004 has __aexit__); the page lost the line that runs func(), restored
# as `asyncio.run(func())`.  The page also lost `print(result)`, so nothing is
# printed.  asyncio.sleep(2) shortened to 0.05 s.
import asyncio

class AsyncContexManager(object):
    def __init__(self, ):
        self.conn = None

    async def do_something(self):
        # Asynchronous operation database
        return 666

    async def __aenter__(self):
        # Asynchronous connection to database
        self.conn = await asyncio.sleep(0.05)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        # Asynchronously shut down the database
        await asyncio.sleep(0.05)

async def func():
    # async with can only be used in a coroutine function
    async with AsyncContexManager() as f:
        result = await f.do_something()

asyncio.run(func())
