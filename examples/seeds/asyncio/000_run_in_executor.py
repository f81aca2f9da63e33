# Seed 000_21b594753d1cad41.txt, section "3.6 concurrent.future.Future object".
# Changes: `loop.run_in_excutor` (a typo, AttributeError) fixed to
# `loop.run_in_executor` (3 times); the page lost the line that runs main(),
# restored as `asyncio.run(main())`.  The page also lost the body of the
# "time-consuming operation" in func() (time.sleep), so func returns at once.
# Note: part 3 uses a ProcessPoolExecutor (worker processes).
import time
import asyncio
import concurrent.futures

def func():
    # A time-consuming operation
    return "success"

async def main():
    loop = asyncio.get_running_loop()

    # 1. Run in the default loop's executor
    # Step 1: internally, the ThreadPoolExecutor's submit method will be called to apply for a thread in the thread pool to execute the func function, and a concurrent.futures.Future object will be returned
    # Step 2: call asyncio.wrap? Future to wrap the concurrent.futures.Future object as the asyncio.Future object
    # Because the concurrent.futures.Future object does not support the await syntax, it needs to be wrapped as an asyncio.Future object to be used
    fut = loop.run_in_executor(None, func)
    result = await fut
    print("default thread pool", result)

    # 2.Run in a custom thread pool
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, func)
        print("custom thread pool", result)

    # 3.Run in a custom process pool
    with concurrent.futures.ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, func)
        print("custom process pool", result)

asyncio.run(main())
