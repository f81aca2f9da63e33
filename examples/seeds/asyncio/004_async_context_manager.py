# Seed 004_a84904af12f6a7ee.txt, "3.2.6 异步上下文管理器".
# Changes: the page lost all line breaks of this snippet; they are restored
# (the original mixed tabs and spaces; spaces are used).  `self.conn = conn`
# referenced an undefined name (NameError) -> `self.conn = None`.
# asyncio.sleep(1) shortened to 0.05 s.
import asyncio

class AsyncContextManager:
    def __init__(self):
        self.conn = None

    async def do_something(self):
        # 异步操作数据库
        return 666

    async def __aenter__(self):
        # 异步链接数据库
        self.conn = await asyncio.sleep(0.05)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        # 异步关闭数据库链接
        await asyncio.sleep(0.05)

async def func():
    async with AsyncContextManager() as f:
        result = await f.do_something()
        print(result)

asyncio.run(func())
