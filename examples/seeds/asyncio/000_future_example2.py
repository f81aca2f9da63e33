# Seed 000_21b594753d1cad41.txt, section "3.5 asyncio.Future object", Example 2.
# Changes: `asyncio.create_future()` does not exist (AttributeError): fixed to
# `loop.create_future()` as in seed 004; the page lost the line
# `fut.set_result("666")` in set_after (without it the program waits forever)
# and the line that runs main(); both restored from seed 004.  The page also
# lost `print(data)`, so nothing is printed.  asyncio.sleep(2) shortened to 0.05 s.
import asyncio

async def set_after(fut):
    await asyncio.sleep(0.05)
    fut.set_result("666")

async def main():
    # Get current event loop
    loop = asyncio.get_running_loop()
    # Create a future object. If the object does nothing and has no binding behavior, then the task does not know when to end
    fut = loop.create_future()

    # Create a Task (Task object) and bind the set ﹐ after function. After 2s, the function will assign a value to fut
    # That is to say, manually set the result of fut, then it can be finished
    await loop.create_task(set_after(fut))

    # Wait for the final result of the task (Future object). If there is no result, it will wait forever
    data = await fut

asyncio.run(main())
