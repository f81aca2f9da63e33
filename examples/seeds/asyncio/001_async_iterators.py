# Seed 001_32648eb80eb20680.txt, "Asynchronous Iterators: Sample".
# Extracted unchanged: the snippet only defines an asynchronous iterator class
# and an asynchronous generator and prints nothing.  (It uses asyncio.sleep
# without importing asyncio, which would only fail if the code were run.)
class Ticker:
    """Yield numbers from 0 to `to` every `delay` seconds."""
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i
async def ticker(delay, to):
    """Yield numbers from 0 to `to` every `delay` seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)
