# Seed 000_21b594753d1cad41.txt, section "1.4 async and await keywords".
# Changes: the page lost the task list entries and the last line; restored
# from the same snippet in seed 004.  asyncio.sleep(2) shortened to 0.05 s.
# The page also lost the print() lines, so the program prints nothing.
# -*- coding: utf-8 -*-
import asyncio

async def func1():
    await asyncio.sleep(0.05)  # Automatically switch to other tasks in tasks in case of IO time-consuming operation

async def func2():
    await asyncio.sleep(0.05)  # Automatically switch to other tasks in tasks in case of IO time-consuming operation

tasks = [
    asyncio.ensure_future(func1()),
    asyncio.ensure_future(func2())
]

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
