# Seed 004_a84904af12f6a7ee.txt, "3.2.3 Task对象", 示例2.
# Changes: asyncio.sleep(2) shortened to 0.05 s.  The original last line of
# main() is `print(done, pending)`, which prints a set of Task reprs: their
# order is arbitrary and each repr contains the script's path and line number.
# To keep the output deterministic it is changed to print the sorted task
# names and results instead (`pending` is an empty set either way).
import asyncio


async def func():
    print(1)
    await asyncio.sleep(0.05)
    print(2)
    return "返回值"


async def main():
    print("main开始")

    # 创建协程,将协程封装到Task对象中并添加到事件循环的任务列表中,等待事件循环去执行(默认是就绪状态)。
    # 在调用
    task_list = [
        asyncio.create_task(func(), name="n1"),
        asyncio.create_task(func(), name="n2")
    ]

    print("main结束")

    # 当执行某协程遇到IO操作时,会自动化切换执行其他任务。
    # 此处的await是等待所有协程执行完毕,并将所有协程的返回值保存到done
    # 如果设置了timeout值,则意味着此处最多等待的秒,完成的协程返回值写入到done中,未完成则写到pending中。
    done, pending = await asyncio.wait(task_list, timeout=None)
    print(sorted((t.get_name(), t.result()) for t in done), pending)


asyncio.run(main())
