# Seed 004_a84904af12f6a7ee.txt, "3.2.3 Task对象", 示例1.
# Change: asyncio.sleep(2) shortened to 0.05 s.
import asyncio


async def func():
    print(1)
    await asyncio.sleep(0.05)
    print(2)
    return "返回值"


async def main():
    print("main开始")

    # 创建协程,将协程封装到一个Task对象中并立即添加到事件循环的任务列表中,等待事件循环去执行(默认是就绪状态)。
    task1 = asyncio.create_task(func())

    # 创建协程,将协程封装到一个Task对象中并立即添加到事件循环的任务列表中,等待事件循环去执行(默认是就绪状态)。
    task2 = asyncio.create_task(func())

    print("main结束")

    # 当执行某协程遇到IO操作时,会自动化切换执行其他任务。
    # 此处的await是等待相对应的协程全都执行完毕并获取结果
    ret1 = await task1
    ret2 = await task2
    print(ret1, ret2)


asyncio.run(main())
