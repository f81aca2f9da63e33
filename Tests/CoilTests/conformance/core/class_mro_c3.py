class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in D.__mro__])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass
print([c.__name__ for c in Aa.__mro__])
print([c.__name__ for c in Aa.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([c.__name__ for c in Z.__mro__], [c.__name__ for c in W.__mro__])

try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__)

class K1: pass
class K2: pass
class K3: pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class M3(M1, K3): pass
class Top(M3, M2): pass
print([c.__name__ for c in Top.__mro__])

class Mixin:
    def hello(self):
        return "mixin hello -> " + super().hello()
class Base:
    def hello(self):
        return "base hello"
class Final(Mixin, Base):
    pass
print(Final().hello())
print(int.__mro__, bool.__mro__)
print([c.__name__ for c in type(True).__mro__])
