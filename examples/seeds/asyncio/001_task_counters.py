# Seed 001_32648eb80eb20680.txt, Tasks: "Example".
# Change: the unreachable last line of main() was indented with a tab (a
# TabError); re-indented with spaces.  The code after `return` never runs.
import asyncio

async def counter(name: str):
    for i in range(0, 100):
        print(f"{name}: {i!s}")
        await asyncio.sleep(0)

async def main():
    tasks = []
    for n in range(0, 4):
        tasks.append(asyncio.create_task(counter(f"task{n}")))
    while True:
        tasks = [t for t in tasks if not t.done()]
        if len(tasks) == 0:
            return
        await tasks[0]
    #another way to wait
    done, pending = await asyncio.wait(tasks, timeout=None)
    # and you can also try this
    asyncio.run(asyncio.wait([counter('a'), counter('b')]))

asyncio.run(main())
