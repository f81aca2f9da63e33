# Seed 004_a84904af12f6a7ee.txt, "3.2 协程和异步编程" (coroutine function and
# coroutine object).  Extracted unchanged; prints nothing (CPython warns on
# stderr that the coroutine was never awaited).
# 定义一个协程函数
async def func():
    pass

# 调用协程函数,返回一个协程对象
result = func()
