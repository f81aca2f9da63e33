# o.m(...) call sites remember the method per type state; these changes must all be seen.
class A:
    def m(self):
        return 'A.m'


class B(A):
    pass


def call(o):
    return o.m()


a, b = A(), B()
print(call(a), call(b), call(a), call(b))

# Replacing the method on the class or a base.
A.m = lambda self: 'new A.m'
print(call(a), call(b))
B.m = lambda self: 'B.m'
print(call(a), call(b))
del B.m
print(call(b))

# An instance attribute shadows the method, and stops shadowing when deleted.
a.m = lambda: 'instance m'
print(call(a), call(A()))
del a.m
print(call(a))

# staticmethod / classmethod / property replacing a plain method.
A.m = staticmethod(lambda: 'static')
print(call(a))
A.m = classmethod(lambda cls: 'classmethod of ' + cls.__name__)
print(call(a), call(b))
A.m = property(lambda self: (lambda: 'from property'))
print(call(a))


# __getattribute__ added later sees method loads.
class C:
    def m(self):
        return 'C.m'


c = C()
print(call(c))
C.__getattribute__ = lambda self, name: (lambda: 'intercepted ' + name)
print(call(c))
del C.__getattribute__
print(call(c))

# Builtin types' methods at the same site, and __class__ assignment.
class L(list):
    def m(self):
        return 'L.m with %d items' % len(self)


print(call(L([1, 2])))


class D:
    def m(self):
        return 'D.m'


d = C()
print(call(d))
d.__class__ = D
print(call(d))


def append_to(x, v):
    x.append(v)
    return x


print(append_to([1], 2), append_to(L(), 3), append_to([], 4))
try:
    append_to((), 1)
except AttributeError as e:
    print('AttributeError:', e)
