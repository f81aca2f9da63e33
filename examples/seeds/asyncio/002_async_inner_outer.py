# Seed 002_993b22a67e751a81.txt, "3. How does asyncio work?", "Putting it all
# together".  Extracted unchanged: it only defines two coroutine functions and
# prints nothing.
async def inner():
    return 1

async def outer():
    await inner()
