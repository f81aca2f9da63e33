# cr_await, cr_frame, cr_running, cr_code and names of coroutine objects.

class Pause:
    def __await__(self):
        yield 'paused'


async def inner():
    await Pause()
    return 'inner done'


async def outer():
    print('  inside outer, cr_running =', me.cr_running)
    return await inner()


me = outer()
print(me.__name__, me.__qualname__, me.cr_code.co_name)
print('created: cr_running', me.cr_running, 'cr_frame set', me.cr_frame is not None,
      'cr_await', me.cr_await)
print(me.send(None))
print('suspended: cr_running', me.cr_running)
print('cr_await type:', type(me.cr_await).__name__, me.cr_await.__name__)
inner_coro = me.cr_await
print('inner cr_await type:', type(inner_coro.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print('finished with', e.value)
print('finished: cr_frame', me.cr_frame, 'cr_await', me.cr_await, 'cr_running', me.cr_running)

# cr_origin is None unless origin tracking is enabled.
c = inner()
print('cr_origin', c.cr_origin)
c.close()
print('closed: cr_frame', c.cr_frame)

class Service:
    async def handle(self):
        return 1

    class Inner:
        async def deep(self):
            return 2

for c in (Service().handle(), Service.Inner().deep()):
    print(c.__qualname__)
    c.close()

def factory():
    async def local():
        pass
    return local()

c = factory()
print(c.__qualname__)
c.close()

# Renaming
c = inner()
c.__name__ = 'renamed'
c.__qualname__ = 'Q.renamed'
print(c.__name__, c.__qualname__, c.cr_code.co_name)
c.close()

# Function attributes
print(inner.__name__, inner.__code__.co_name)
