# Seed 002_993b22a67e751a81.txt, "2. 多个协程函数执行" (several coroutines).
# Changes: the page lost the body of test2(); restored as the same body as
# test() (`await asyncio.sleep(...)`).  asyncio.sleep(2) shortened to 0.05 s.
# Nothing is printed.
import asyncio

async def test(): # async开头,来定义协程函数
    await asyncio.sleep(0.05) # 模拟IO操作,await可等待的有:协程对象,Future,Task

async def test2():
    await asyncio.sleep(0.05)

t = test() # 不会执行test(),t只是一个协程对象
t2 = test2()
loop = asyncio.get_event_loop() # 创建事件循环
all = asyncio.gather(t,t2) # gather可以将多个协程对象或多个future,打包成一个future
loop.run_until_complete(all) # 执行事件循环,run_until_complete 其实接受的参数是 future
