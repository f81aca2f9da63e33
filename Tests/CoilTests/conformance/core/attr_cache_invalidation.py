# Instance attribute reads and writes at one code site must notice every change that
# alters what object.__getattribute__ / __setattr__ would do (the run loop caches positions).
class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


def read(o):
    return o.x


def write(o, v):
    o.x = v


p = P(1)
for _ in range(3):
    print(read(p), end=' ')
print()

# A data descriptor added to the class later wins over the instance dict.
P.x = property(lambda self: 'prop')
print(read(p))
del P.x
print(read(p))

# ... also when it is added to a base class.
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = 'inst'


c = Child()
print(read(c), read(c))
Base.x = property(lambda self: 'base-prop', lambda self, v: print('base setter', v))
print(read(c))
write(c, 5)
del Base.x
print(read(c))
write(c, 6)
print(read(c))

# __getattribute__ / __setattr__ added later.
print(read(p))
P.__getattribute__ = lambda self, name: 'ga:' + name
print(read(p))
del P.__getattribute__
print(read(p))
write(p, 10)
P.__setattr__ = lambda self, name, v: print('setattr', name, v)
write(p, 11)
del P.__setattr__
write(p, 12)
print(read(p))

# The instance dict changes shape: deletion, re-insertion in another order, replacement.
q = P(3)
print(read(q))
del q.x
try:
    read(q)
except AttributeError as e:
    print('AttributeError:', e)
q.x = 'back'
print(read(q), q.y)
q.__dict__ = {'x': 'new dict'}
print(read(q))
write(q, 'written')
print(q.__dict__)

# Several types at one site, and __class__ assignment.
class A:
    def __init__(self):
        self.x = 'A'


class B:
    def __init__(self):
        self.z = 0
        self.x = 'B'


objs = [A(), B(), A(), B()]
print([read(o) for o in objs])
for o in objs:
    write(o, o.__class__.__name__ + '!')
print([read(o) for o in objs])
a = A()
read(a)
a.__class__ = B
print(read(a), type(a).__name__)

# Class attributes, methods and slots-free objects read through the same site.
class K:
    x = 'class attr'


k = K()
print(read(k))
k.x = 'shadow'
print(read(k))
del k.x
print(read(k))
class M:
    def x(self):
        return 'method'
m = M()
print(read(m)())
m.x = lambda: 'instance function'
print(read(m)())

# A non-data descriptor (no __set__) on the type does not hide the instance dict.
class NonData:
    def __get__(self, obj, cls):
        return 'nondata'


class N:
    x = NonData()


n = N()
print(read(n))
n.__dict__['x'] = 'dict wins'
print(read(n))
write(n, 'written')
print(read(n))
# ... but one that gains __set__ later becomes a data descriptor.
NonData.__set__ = lambda self, obj, v: print('descriptor set', v)
print(read(n))
write(n, 'via descriptor')

# __getattr__ only runs for missing attributes, cached or not; keys made at run time work too.
class G:
    def __getattr__(self, name):
        return 'getattr:' + name


g = G()
print(read(g))
g.x = 'present'
print(read(g), read(g))
del g.x
print(read(g))
setattr(g, ''.join(['x']), 'joined key')
print(read(g), read(g))

# Three types through one site (more than the cache remembers), interleaved with writes.
class T1:
    def __init__(self):
        self.x = 1


class T2:
    def __init__(self):
        self.w = 0
        self.x = 2


class T3:
    def __init__(self):
        self.v = self.w = 0
        self.x = 3


objs = [T1(), T2(), T3()] * 4
total = 0
for i, o in enumerate(objs):
    write(o, read(o) + i)
    total += read(o)
print(total, [read(o) for o in objs[:3]])
