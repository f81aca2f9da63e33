# greenlet.throw(): GreenletExit by default, or any exception.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def waiter(name):
    try:
        while True:
            value = main.switch(f'{name} waiting')
            print(f'  {name} got {value!r}')
    except GreenletExit as e:
        print(f'  {name} got GreenletExit {e!r}')
        return f'{name} exited cleanly'
    except ValueError as e:
        print(f'  {name} got ValueError {e}')
        return f'{name} handled ValueError'
    finally:
        print(f'  {name} finally')


g = greenlet(waiter)
print(g.switch('A'))
print(g.switch(1))
print(repr(g.throw()))           # GreenletExit
print('dead', g.dead)

g = greenlet(waiter)
g.switch('B')
print(repr(g.throw(ValueError('bad'))))

g = greenlet(waiter)
g.switch('C')
print(repr(g.throw(ValueError, 'from type and value')))

# An exception the greenlet does not handle propagates to the parent.
g = greenlet(waiter)
g.switch('D')
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('main caught', type(e).__name__, e)
print('dead', g.dead)

# Uncaught GreenletExit kills the greenlet silently; throw() returns the exception.
def plain():
    main.switch('plain waiting')
    print('  not reached')

g = greenlet(plain)
g.switch()
result = g.throw()
print(type(result).__name__, 'dead', g.dead)

# Custom GreenletExit subclass, also swallowed.
class Stop(GreenletExit):
    pass

g = greenlet(plain)
g.switch()
result = g.throw(Stop('custom stop'))
print(type(result).__name__, result, 'dead', g.dead)

# throw() into a greenlet that has not started: it dies without running.
def never():
    print('  never runs')

g = greenlet(never)
try:
    g.throw(ValueError('unstarted'))
except ValueError as e:
    print('unstarted ->', type(e).__name__, e)
print('dead', g.dead)
g = greenlet(never)
print(type(g.throw()).__name__, g.dead)

# throw() into a dead greenlet raises the exception in its parent (here: main).
def quick():
    return 'quick'

g = greenlet(quick)
g.switch()
try:
    g.throw(IndexError('into dead'))
except IndexError as e:
    print('dead greenlet ->', type(e).__name__, e)

# GreenletExit is a BaseException.
print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception))
