# Seed 001_32648eb80eb20680.txt, Future: "Set a future".
# Changes: the page mixes tab and space indentation (TabError); re-indented
# with spaces, and the missing `import asyncio` added.  asyncio.sleep(1)
# shortened to 0.05 s.
import asyncio

async def set_future(future):
    await asyncio.sleep(0.05)
    future.set_result("666")
async def main():
    loop = asyncio.get_running_loop() # current evloop
    future = loop.create_future()  # an empty future object/task
    await loop.create_task(set_future(future))
    data = await future # wait until future object/task finished in this case it will wait for ever
    print(data) # 666
asyncio.run(main())
