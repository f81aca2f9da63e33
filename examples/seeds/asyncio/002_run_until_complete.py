# Seed 002_993b22a67e751a81.txt, "1. 基础的协程" (basic coroutine).
# Change: asyncio.sleep(2) shortened to 0.05 s.  Nothing is printed.
import asyncio

async def test(): # async开头,来定义协程函数
    await asyncio.sleep(0.05) # 模拟IO操作,await可等待的有:协程对象,Future,Task

t = test() # 不会执行test(),t只是一个协程对象

loop = asyncio.get_event_loop() # 创建事件循环
loop.run_until_complete(t) # 将协程函数对象,放入到事件循环中执行
# loop.close() # 关闭循环,不关闭也没问题,只是关闭了以后,就不能再次执行 loop.run_until_complete(t) 了
# # py3.7以后的功能,可以算作等同于上面三句话
