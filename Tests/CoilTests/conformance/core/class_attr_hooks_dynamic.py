# Attribute paths with per-type hook flags: adding/removing __getattr__, __getattribute__,
# __setattr__ on a class (and a base) after instances exist, and instance dicts shadowing methods.
class Base:
    def m(self):
        return 'Base.m'

class C(Base):
    pass

c = C()
print(c.m())
c.m = lambda: 'instance attr'
print(c.m())
del c.m
Base.__getattr__ = lambda self, name: 'getattr:' + name
print(c.missing, c.m())
del Base.__getattr__
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)
C.__getattribute__ = lambda self, name: 'ga:' + name
print(c.m, c.anything)
del C.__getattribute__
print(c.m())
def sa(self, name, value):
    object.__setattr__(self, name, value * 2)
Base.__setattr__ = sa
c.v = 5
print(c.v)
del Base.__setattr__
c.v = 5
print(c.v)
class P:
    @property
    def x(self):
        return 'prop'
p = P()
p.__dict__['x'] = 'shadow'
print(p.x)
class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name
class M(metaclass=Meta):
    y = 1
print(M.y, M.zzz)
