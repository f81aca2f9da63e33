# Module-level names (LOAD_NAME/STORE_NAME on the module dict): rebinding, deletion,
# builtins shadowing and unshadowing, globals() writes, exec namespaces and class bodies.
import builtins

total = 0
for i in range(5):
    total += i
print('total', total)

x = 1
g = globals()
g['x'] = 2
print('after globals() write', x)
x = 3
print('globals() sees', g['x'])
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
x = 'back'
print(x)

print('len before', len('abc'))
len = lambda s: 'shadowed'
print('len shadowed', len('abc'))
del len
print('len restored', len('abc'))

builtins.coil_probe = 'from builtins'
print(coil_probe)
coil_probe = 'module'
print(coil_probe)
del coil_probe
print(coil_probe)
del builtins.coil_probe
try:
    coil_probe
except NameError as e:
    print('NameError', e)

# Many names: the dict grows while the same names keep working.
for k in range(40):
    g['name%d' % k] = k
y = 10
y += name39
print('y', y)

# exec with separate globals and locals; with one dict; with a dict subclass as locals.
ns = {}
exec('a = 1\nfor j in range(3):\n    a += j\nb = a * 2', ns)
print(ns['a'], ns['b'])
glb, loc = {}, {}
exec('c = 5\nd = c + 1', glb, loc)
print(sorted(k for k in glb if k != '__builtins__'), loc)


class Loud(dict):
    def __getitem__(self, k):
        print('  getitem', k)
        return dict.__getitem__(self, k)


loc = Loud(v=7)
exec('w = v + 1', {}, loc)
print(loc['w'])


class C:
    attr = 1
    attr += 1
    total = total + 100
print(C.attr, C.total, total)


def f():
    return total, y


print(f())
total = -1
print(f())
