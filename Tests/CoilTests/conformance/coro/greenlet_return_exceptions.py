# Return values and exceptions flow to the parent greenlet.
from greenlet import greenlet, getcurrent


def returns():
    return 'returned value'


g = greenlet(returns)
print(repr(g.switch()))
print('dead', g.dead)

def returns_none():
    pass

print(repr(greenlet(returns_none).switch()))

# The result goes to the parent, not to whoever switched last.
def child():
    return 'child result'

def parent_func():
    c = greenlet(child)           # parent of c is this greenlet
    r = c.switch()
    print('  parent_func received', repr(r))
    return 'parent_func result'

print(repr(greenlet(parent_func).switch()))

# Exceptions propagate to the parent.
def fails():
    raise ValueError('failure in greenlet')

g = greenlet(fails)
try:
    g.switch()
except ValueError as e:
    print(type(e).__name__, e)
print('dead after exception', g.dead)

# An exception raised after a switch propagates to the parent when resumed.
def fails_later():
    getcurrent().parent.switch('paused')
    raise KeyError('later')

g = greenlet(fails_later)
print(g.switch())
try:
    g.switch()
except KeyError as e:
    print(type(e).__name__, e)

# Nested: exception in the grandchild propagates to the child, which handles it.
def grandchild():
    raise IndexError('deep')

def handler():
    try:
        greenlet(grandchild).switch()
    except IndexError as e:
        return f'handler caught {e!r}'

print(greenlet(handler).switch())

# Exception in a child whose parent is the main greenlet, raised while some
# other greenlet switched to it.
def victim():
    raise RuntimeError('victim failed')

v = greenlet(victim)

def switcher():
    try:
        v.switch()
    except RuntimeError:
        print('  switcher should not see this')
    return 'switcher done'

s = greenlet(switcher, parent=getcurrent())
v.parent = getcurrent()
try:
    print(s.switch())
except RuntimeError as e:
    print('main caught', e)
print('switcher dead', s.dead, '| victim dead', v.dead)
