class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B>' + super().f()
    @classmethod
    def c(cls): return 'B>' + super().c()
    def g(self):
        s = super()
        return repr(s)[:20], super(B, self).f()
print(B().f(), B.c(), B().g())
def nosuper():
    return super()
try:
    nosuper()
except RuntimeError as e:
    print('RuntimeError', e)
class C(B):
    def f(self):
        del self
        return super().f()
try:
    C().f()
except RuntimeError as e:
    print('RuntimeError', e)
