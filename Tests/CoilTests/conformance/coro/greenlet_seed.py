# The classic greenlet example from the tutorials: prints 1 3 2 4.
from greenlet import greenlet


def func1():
    print(1)        # step 1
    gr2.switch()    # step 2: switch to func2
    print(2)        # step 5
    gr2.switch()    # step 6: switch to func2


def func2():
    print(3)        # step 3
    gr1.switch()    # step 4: switch back to func1
    print(4)        # step 7


gr1 = greenlet(func1)
gr2 = greenlet(func2)
gr1.switch()

# After func2 finished, control returned to its parent (the main greenlet),
# so gr1 is still suspended after its second switch.
print('gr1 dead:', gr1.dead, 'gr2 dead:', gr2.dead)
print('gr1 alive (bool):', bool(gr1))
gr1.switch()
print('gr1 dead after resume:', gr1.dead)
