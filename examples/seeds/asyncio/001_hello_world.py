# Seed 001_32648eb80eb20680.txt, "History" (python3.5 async/await, 3.7 run).
# Change: asyncio.sleep(1) shortened to 0.05 s.
import asyncio

async def main():
    print('Hello ...')
    await asyncio.sleep(0.05)
    print('... World!')

asyncio.run(main())
