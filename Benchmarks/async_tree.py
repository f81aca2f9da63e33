# Recursive async tree with gather (like pyperformance's async_tree, no I/O).
import asyncio

NUM_RECURSE_LEVELS = 6
NUM_RECURSE_BRANCHES = 5
counter = 0


async def leaf():
    global counter
    counter += 1
    await asyncio.sleep(0)
    return 1


async def recurse(level):
    if level == 0:
        return await leaf()
    results = await asyncio.gather(
        *[recurse(level - 1) for _ in range(NUM_RECURSE_BRANCHES)])
    return sum(results)


async def main():
    return await recurse(NUM_RECURSE_LEVELS)


print('leaves', asyncio.run(main()), 'counter', counter)
