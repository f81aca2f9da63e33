# Greenlets created inside greenlets, getcurrent() tracking, and interleaving
# with generators.
from greenlet import greenlet, getcurrent

main = getcurrent()
names = {main: 'main'}


def who():
    return names.get(getcurrent(), '?')


def leaf():
    print('  leaf runs in', who(), '| parent', names[getcurrent().parent])
    x = main.switch('leaf paused')
    print('  leaf resumed with', x, 'in', who())
    return 'leaf result'


def middle():
    inner = greenlet(leaf)
    names[inner] = 'leaf'
    print('  middle runs in', who())
    r = inner.switch()
    print('  middle got', r)
    return 'middle result'


m = greenlet(middle)
names[m] = 'middle'
print(m.switch())
print('back in', who())
# Resuming middle: its pending inner.switch() returns () (no arguments).
print(m.switch())
# leaf is still suspended; its parent is middle (now dead) -> the parent
# chain continues to main when leaf finishes.
leaf_g = [g for g in names if names[g] == 'leaf'][0]
print('leaf dead', leaf_g.dead)
print(leaf_g.switch('late value'))
print('leaf dead', leaf_g.dead)

# Generators can be used inside greenlets, and greenlets can switch while a
# generator is suspended.
def gen():
    for i in range(3):
        yield i

def uses_generator():
    it = gen()
    for x in it:
        main.switch(('from generator', x))
    return 'generator exhausted'

g = greenlet(uses_generator)
while not g.dead:
    print(g.switch())

# Recursion inside a greenlet.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(greenlet(fact).switch(20))
