class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1

a = A()
def show(thunk):
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, e)

show(lambda: a.y)
show(lambda: A.y)
show(lambda: None.x)
show(lambda: "abc".foo)
show(lambda: (1).foo)
show(lambda: [].push)
show(lambda: {}.add)
show(lambda: (1, 2).append)
show(lambda: len.__foo__)
show(lambda: 3.5.real.zzz)
show(lambda: True.nope)
show(lambda: b"x".encode)
show(lambda: A.__init__.missing)
import math
show(lambda: math.tau_squared)
import sys
show(lambda: sys.nonexistent)
def f(): pass
show(lambda: f.attr)
show(lambda: delattr(a, "nothing"))
show(lambda: setattr(1, "x", 2))
show(lambda: setattr("s", "upper", 2))
show(lambda: setattr(object(), "x", 1))
class WithSlots:
    __slots__ = ("a",)
w = WithSlots()
show(lambda: w.a)
print(getattr(a, "y", None), hasattr(a, "x"), hasattr(None, "x"))
