# dead / bool / parent / getcurrent / switching to a dead greenlet.
from greenlet import greenlet, getcurrent

main = getcurrent()
print('main is a greenlet:', isinstance(main, greenlet))
print('main parent:', main.parent)
print('main dead:', main.dead, '| bool(main):', bool(main))


def body():
    me = getcurrent()
    print('  inside: getcurrent() is g:', me is g, '| parent is main:', me.parent is main)
    print('  inside: bool(g)', bool(g), 'dead', g.dead)
    main.switch()
    return 'finished'


g = greenlet(body)
print('new: dead', g.dead, 'bool', bool(g), 'parent is main', g.parent is main)
g.switch()
print('suspended: dead', g.dead, 'bool', bool(g))
print(g.switch())
print('finished: dead', g.dead, 'bool', bool(g))

# Switching to a dead greenlet returns immediately: the arguments come back
# as if the greenlet had just returned them.
print(repr(g.switch()))
print(repr(g.switch('x')))
print(repr(g.switch(1, 2)))

# The parent is the greenlet that was current when the greenlet was created.
def make_child():
    child = greenlet(lambda: 'child done')
    print('  child.parent is creator:', child.parent is getcurrent())
    return child.switch()

print(greenlet(make_child).switch())

# Reassigning the parent changes where the result goes.
log = []

def collector():
    while True:
        value = main.switch()
        log.append(value)

c = greenlet(collector)
c.switch()

def producer():
    return 'sent to collector via parent'

p = greenlet(producer)
p.parent = c
p.switch()
print(log)

# Parent cycles are rejected.
a = greenlet(lambda: None)
b = greenlet(lambda: None, parent=a)
try:
    a.parent = b
except ValueError as e:
    print(type(e).__name__, e)

# parent must be a greenlet.
try:
    a.parent = 'not a greenlet'
except TypeError as e:
    print(type(e).__name__)

# run attribute
def named():
    return 1

g = greenlet(named)
print(g.run is named)
g.switch()
try:
    g.run
except AttributeError as e:
    print('run after finish ->', type(e).__name__)

# gr_frame is None for an unstarted or dead greenlet.
g = greenlet(named)
print(g.gr_frame is None)
