# Dropping an unfinished generator closes it immediately (CPython refcounting):
# its finally blocks and with-block exits run at the point of the drop.

def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print('  finally of', name)


print('-- del')
g = guarded('a')
next(g)
print('before del')
del g
print('after del')

print('-- rebinding the name')
g = guarded('b')
next(g)
print('before rebind')
g = None
print('after rebind')

print('-- local going out of scope')
def use_partially():
    g = guarded('c')
    print('  got', next(g))
    print('  returning')

use_partially()
print('after call')

print('-- break out of a for loop over a temporary')
for x in guarded('d'):
    print('  loop', x)
    break
print('after loop')

print('-- never started: finally does not run')
g = guarded('e')
del g
print('after del of unstarted')

print('-- exhausted: finally already ran')
g = guarded('f')
print(list(g))
del g
print('after del of exhausted')

class Cm:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  enter', self.name)

    def __exit__(self, *exc):
        print('  exit', self.name, exc[0].__name__)


def with_block():
    with Cm('w'):
        yield 'in with'

print('-- with block exit on drop')
g = with_block()
print(next(g))
del g
print('after del of with_block')

print('-- container holding the generator dropped')
holder = [guarded('h')]
next(holder[0])
holder.clear()
print('after clear')

print('-- generator catching GeneratorExit on drop')
def catches():
    try:
        yield 1
    except GeneratorExit:
        print('  GeneratorExit seen on drop')

g = catches()
next(g)
del g
print('end')
