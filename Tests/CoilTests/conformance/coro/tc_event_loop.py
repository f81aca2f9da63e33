# A tiny event loop with Futures and Tasks written in the program itself,
# mirroring asyncio's protocol (Future.__await__ yields itself; the Task steps
# the coroutine and resumes it when the future is done).
from collections import deque


class CancelledError(Exception):
    pass


class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result_value = None
        self.exception = None
        self.callbacks = []

    def set_result(self, value):
        assert not self.done
        self.done = True
        self.result_value = value
        self._schedule_callbacks()

    def set_exception(self, exc):
        assert not self.done
        self.done = True
        self.exception = exc
        self._schedule_callbacks()

    def add_done_callback(self, fn):
        if self.done:
            self.loop.call_soon(fn, self)
        else:
            self.callbacks.append(fn)

    def _schedule_callbacks(self):
        for fn in self.callbacks:
            self.loop.call_soon(fn, self)
        self.callbacks.clear()

    def result(self):
        if self.exception is not None:
            raise self.exception
        return self.result_value

    def __await__(self):
        if not self.done:
            yield self          # tell the Task what we are waiting for
        return self.result()


class Task(Future):
    counter = 0

    def __init__(self, loop, coro, name=None):
        super().__init__(loop)
        Task.counter += 1
        self.name = name or f'Task-{Task.counter}'
        self.coro = coro
        loop.call_soon(self._step, None, None)

    def _step(self, value, exc):
        try:
            if exc is not None:
                awaited = self.coro.throw(exc)
            else:
                awaited = self.coro.send(value)
        except StopIteration as e:
            self.set_result(e.value)
        except Exception as e:
            self.set_exception(e)
        else:
            if isinstance(awaited, Future):
                awaited.add_done_callback(self._wakeup)
            else:
                # bare yield: just reschedule
                self.loop.call_soon(self._step, None, None)

    def _wakeup(self, fut):
        if fut.exception is not None:
            self._step(None, fut.exception)
        else:
            self._step(fut.result_value, None)


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []        # (when, seq, callback, args)
        self.time = 0
        self.seq = 0

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.seq += 1
        self.timers.append((self.time + delay, self.seq, fn, args))
        self.timers.sort(key=lambda t: (t[0], t[1]))

    def create_future(self):
        return Future(self)

    def create_task(self, coro, name=None):
        return Task(self, coro, name)

    def run_until_complete(self, coro):
        main = self.create_task(coro, 'main')
        while not main.done:
            if not self.ready:
                when, _, fn, args = self.timers.pop(0)
                self.time = when            # virtual time: jump ahead
                self.ready.append((fn, args))
            while self.ready:
                fn, args = self.ready.popleft()
                fn(*args)
        return main.result()


loop = Loop()


def sleep(delay, value=None):
    fut = loop.create_future()
    loop.call_later(delay, fut.set_result, value)
    return fut


async def gather(*aws):
    tasks = [a if isinstance(a, Future) else loop.create_task(a) for a in aws]
    results = []
    for t in tasks:
        results.append(await t)
    return results


async def fetch(name, delay):
    print(f't={loop.time} {name} start')
    await sleep(delay)
    print(f't={loop.time} {name} done')
    return f'{name}:{delay}'


async def failing(delay):
    await sleep(delay)
    raise ValueError(f'failed after {delay}')


async def set_later(fut, delay, value):
    await sleep(delay)
    print(f't={loop.time} setting future')
    fut.set_result(value)


async def main():
    print('main start')
    t1 = loop.create_task(fetch('a', 3))
    t2 = loop.create_task(fetch('b', 1))
    print('tasks created', t1.name, t2.name)
    r = await gather(t1, t2, fetch('c', 2))
    print(f't={loop.time} gathered', r)

    fut = loop.create_future()
    loop.create_task(set_later(fut, 5, 'future value'))
    print(f't={loop.time} awaiting future')
    value = await fut
    print(f't={loop.time} got', value)
    print('awaiting a done future again:', await fut)

    try:
        await failing(2)
    except ValueError as e:
        print(f't={loop.time} caught', e)

    bad = loop.create_task(failing(1))
    try:
        await bad
    except ValueError as e:
        print(f't={loop.time} task raised', e)

    done_log = []
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: done_log.append(('cb1', f.result())))
    f2.add_done_callback(lambda f: done_log.append(('cb2', f.result())))
    loop.call_later(1, f2.set_result, 'callbacks!')
    await f2
    await sleep(0)
    print('callbacks ran:', done_log)
    return 'main result'


print(loop.run_until_complete(main()))
print('final time', loop.time)
