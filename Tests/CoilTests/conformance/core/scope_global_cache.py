def f():
    return len, x
x = 1
print(f()[1])
x = 2
print(f()[1])
len = lambda s: 42
print(f()[0]('abc'))
del len
print(f()[0]('abc'))
globals()['x'] = 3
print(f()[1])
del x
try:
    f()
except NameError as e:
    print('NameError', e)
g = {'x': 10}
exec("def h():\n    return x\n", g)
print(g['h']())
g['x'] = 11
print(g['h']())
del g['x']
try:
    g['h']()
except NameError as e:
    print('NameError', e)
import builtins
builtins.zz = 'from builtins'
def k(): return zz
print(k())
zz = 'from globals'
print(k())
del zz
print(k())
del builtins.zz
try:
    k()
except NameError as e:
    print('NameError', e)
for i in range(3):
    globals()['v%d' % i] = i
def m(): return v0 + v1 + v2
print(m())
