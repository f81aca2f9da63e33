class Outer:
    """Outer doc."""
    class Inner:
        class Deepest:
            pass
    def method(self):
        return self.__class__.__name__

o = Outer()
print(o.__class__, o.__class__.__name__, o.method())
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(repr(Outer), repr(Outer.Inner), str(int))
print(Outer.__name__, type(Outer.__dict__["method"]).__name__)
print(o.__class__ is Outer, type(o) is o.__class__)
print(Outer().__class__.__class__ is type)
inner = Outer.Inner()
print(type(inner).__qualname__)
class Sub(Outer):
    def method(self):
        return "Sub sees " + super().method() + " via " + __class__.__name__
print(Sub().method())
print(Sub.__bases__, Sub.__base__ is Outer, object.__bases__)
print([c.__name__ for c in Sub.__subclasses__()], [c.__name__ for c in Outer.__subclasses__()])
print(Sub.__dict__.get("__doc__"), "method" in Sub.__dict__)
x = Outer()
x.__class__ = Sub
print(type(x).__name__, x.method())
