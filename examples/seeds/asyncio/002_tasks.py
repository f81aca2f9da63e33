# Seed 002_993b22a67e751a81.txt, "4. Task".
# Changes: the page turned the quotes of 'Finished.' into ‘ ‘ (fixed back to
# ASCII quotes); the page lost the lines that run test2() (the comment says an
# event loop is created first); restored as
# `loop = asyncio.get_event_loop()` / `loop.run_until_complete(test2())` as in
# the earlier snippets of this page.  asyncio.sleep(2) shortened to 0.05 s.
import asyncio

async def test(): # async开头,来定义协程函数
    await asyncio.sleep(0.05) # 模拟IO操作,await可等待的有:协程对象,Future,Task
    return 'Finished.'

async def test2():
    # 创建task,创建的同时,test()就已经被添加到事件循环中了,此时loop有 [test2(),test(),test()]
    task1 = asyncio.create_task(test())
    task2 = asyncio.create_task(test())

    ret1 = await task1
    ret2 = await task2
    print(ret1,ret2) # 首先创建事件循环,此时loop里面有个 test2()

loop = asyncio.get_event_loop()
loop.run_until_complete(test2())
