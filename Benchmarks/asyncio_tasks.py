# asyncio: 10,000 tasks that each await asyncio.sleep(0) a few times, gathered.
import asyncio


async def worker(i):
    total = i
    for _ in range(5):
        await asyncio.sleep(0)
        total += 1
    return total


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10_000)]
    results = await asyncio.gather(*tasks)
    return sum(results), len(results)


print(asyncio.run(main()))
