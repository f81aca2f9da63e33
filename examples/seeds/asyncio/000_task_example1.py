# Seed 000_21b594753d1cad41.txt, section "3.4 Task object", Example 1.
# Changes: the page lost the line that runs main(); restored as
# `asyncio.run(main())` (as in seed 004).  asyncio.sleep(2) shortened to 0.05 s.
import asyncio

async def func():
    await asyncio.sleep(0.05)
    return "Return value"

async def main():
    print("Start execution main")
    # Create a Task object to add the currently executing func function Task to the event loop
    task1 = asyncio.create_task(func())
    task2 = asyncio.create_task(func())
    print("main End")

    # When the execution process encounters IO operation, it will automatically switch to other tasks (task2)
    # The await here is to wait for all the corresponding processes to complete and get the results
    ret1 = await task1
    ret2 = await task2

    print(ret1, ret2)

asyncio.run(main())
