# Seed 000_21b594753d1cad41.txt, section "3.2 get started quickly".
# Change: the page lost the line after "# Put tasks on the task list";
# restored as `loop.run_until_complete(result)` (as in seed 004, 3.2.1).
import asyncio

async def func():
	print("Hello World")
result = func()

# To generate or retrieve an event loop
loop = asyncio.get_event_loop()
# Put tasks on the task list
loop.run_until_complete(result)
# After asyncio. Run (result) Python 3.7, this sentence can replace the above two sentences
