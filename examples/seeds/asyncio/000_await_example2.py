# Seed 000_21b594753d1cad41.txt, section "3.3 await", Example 2.
# Changes: the page lost the line that runs the coroutine; restored as
# `asyncio.run(func())` (as in seed 004).  asyncio.sleep(2) shortened to 0.05 s.
# -*- coding: utf-8 -*-
import asyncio

async def others():
    await asyncio.sleep(0.05)
    return "Return value"

async def func():
    print("Start execution func")
    response = await others()
    print("IO Request ended with: ", response)

asyncio.run(func())
