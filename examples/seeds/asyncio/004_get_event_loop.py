# Seed 004_a84904af12f6a7ee.txt, "3.1 事件循环" (getting the event loop).
# Extracted unchanged; prints nothing.
import asyncio

loop = asyncio.get_event_loop()
