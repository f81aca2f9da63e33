# Passing values both ways with switch(): args and kwargs.
from greenlet import greenlet, getcurrent

main = getcurrent()


def worker(*args, **kwargs):
    print('worker started with', args, sorted(kwargs.items()))
    # One positional argument arrives as itself.
    got = main.switch('first reply')
    print('worker got', repr(got))
    # Several positional arguments arrive as a tuple.
    got = main.switch()
    print('worker got', repr(got))
    # Keyword arguments only arrive as a dict.
    got = main.switch()
    print('worker got', repr(got))
    # Both arrive as (args, kwargs).
    got = main.switch()
    print('worker got', repr(got))
    # No arguments arrive as an empty tuple.
    got = main.switch()
    print('worker got', repr(got))
    return 'worker result'


g = greenlet(worker)
print('main got', repr(g.switch(1, 2, key='value')))
print('main got', repr(g.switch('single')))
print('main got', repr(g.switch('a', 'b')))
print('main got', repr(g.switch(x=1, y=2)))
print('main got', repr(g.switch(3, z=4)))
print('main got', repr(g.switch()))

# The same shapes when the worker switches back to main.
def sender():
    main.switch()
    main.switch(1)
    main.switch(1, 2)
    main.switch(k='v')
    main.switch(1, k='v')
    return None

s = greenlet(sender)
for _ in range(6):
    print('from sender:', repr(s.switch()))
print('sender dead:', s.dead)

# Mutable objects are passed by reference.
shared = []

def appender():
    while True:
        lst = main.switch()
        lst.append(len(lst))

a = greenlet(appender)
a.switch()
a.switch(shared)
a.switch(shared)
print(shared)

# The greenlet's run function can be given by subclassing.
class Doubler(greenlet):
    def run(self, value):
        while True:
            value = self.parent.switch(value * 2)

d = Doubler()
print(d.switch(5), d.switch(21), d.switch('ab'))
