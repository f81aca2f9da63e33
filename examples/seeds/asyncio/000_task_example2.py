# Seed 000_21b594753d1cad41.txt, section "3.4 Task object", Example 2.
# Changes: the page lost the closing `]` of task_list and the line that runs
# main(); restored (`asyncio.run(main())`, as in seed 004).  The page also lost
# the print(done, pending) line of seed 004's version, so nothing is printed
# after "main End".  asyncio.sleep(2) shortened to 0.05 s.
# -*- coding: utf-8 -*-
import asyncio

async def func():
    await asyncio.sleep(0.05)
    return "Return value"

async def main():
    print("Start execution main")
    # Create a Task object to add the currently executing func function Task to the event loop
    task_list = [
        asyncio.create_task(func(), name="n1"),
        asyncio.create_task(func(), name="n2")
    ]

    print("main End")

    # When the execution process encounters IO operation, it will automatically switch to other tasks (task2)
    # The await here is to wait for all the corresponding processes to complete and get the results
    # Do is a collection, which is the return value of the above two tasks
    done, pending = await asyncio.wait(task_list, timeout=None)

asyncio.run(main())
