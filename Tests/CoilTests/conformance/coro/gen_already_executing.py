# A running generator cannot be re-entered.

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# gi_running is True only while the body is executing.
def observe():
    print('  inside, gi_running =', gen.gi_running)
    yield 1
    print('  inside again, gi_running =', gen.gi_running)

gen = observe()
print('before start', gen.gi_running)
next(gen)
print('suspended', gen.gi_running)
print(list(gen))
print('finished', gen.gi_running)

# send / throw / close while running.
def try_all():
    for name in ('send', 'throw', 'close'):
        try:
            if name == 'send':
                g2.send(None)
            elif name == 'throw':
                g2.throw(KeyError)
            else:
                g2.close()
        except ValueError as e:
            print(' ', name, '->', type(e).__name__, e)
    yield 'survived'

g2 = try_all()
print(next(g2))

# Re-entering via a nested generator that drives the outer one.
def outer():
    yield list(inner())

def inner():
    yield next(o)

o = outer()
try:
    next(o)
except ValueError as e:
    print(type(e).__name__, e)
