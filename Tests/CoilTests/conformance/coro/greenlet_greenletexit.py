# GreenletExit raised inside a greenlet is caught by greenlet itself: the
# exception object becomes the greenlet's result.  Dropping the last
# reference to a suspended greenlet raises GreenletExit inside it.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def exits():
    print('  about to raise GreenletExit')
    raise GreenletExit('bye')


g = greenlet(exits)
result = g.switch()
print(type(result).__name__, result.args, '| dead', g.dead)


class MyExit(GreenletExit):
    pass


def exits_subclass():
    raise MyExit('subclass')

result = greenlet(exits_subclass).switch()
print(type(result).__name__, result)

# Other BaseExceptions are not swallowed.
def raises_system_exit():
    raise SystemExit(3)

try:
    greenlet(raises_system_exit).switch()
except SystemExit as e:
    print('SystemExit propagated with code', e.code)


# Dropping a suspended greenlet: GreenletExit is thrown into it at once.
def cleanup_on_drop():
    try:
        main.switch('suspended')
    except GreenletExit:
        print('  GreenletExit delivered on drop')
        raise
    finally:
        print('  finally ran on drop')

g = greenlet(cleanup_on_drop)
print(g.switch())
print('dropping')
del g
print('dropped')

# A greenlet that was never started or already finished: nothing to do.
g = greenlet(cleanup_on_drop)
del g
print('unstarted dropped quietly')

# with-statement cleanup also runs.
class Resource:
    def __enter__(self):
        print('  resource acquired')
        return self

    def __exit__(self, t, v, tb):
        print('  resource released on', t.__name__ if t else None)
        return False

def holds_resource():
    with Resource():
        main.switch('holding')

g = greenlet(holds_resource)
print(g.switch())
g = None
print('rebound name')
