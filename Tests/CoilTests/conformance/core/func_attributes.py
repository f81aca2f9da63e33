def documented(a: int, b: str = "x", *, c: float = 1.0) -> bool:
    """Check something.

    Longer description here.
    """
    return True

print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__)
print(documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__module__)

def undocumented():
    pass
print(undocumented.__doc__, undocumented.__annotations__, undocumented.__defaults__)

def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)

class Widget:
    def method(self):
        """Method doc."""
    class Nested:
        def deep(self):
            pass
    @staticmethod
    def static():
        pass
    @classmethod
    def klass(cls):
        pass

print(Widget.method.__qualname__, Widget.method.__doc__)
print(Widget.Nested.__qualname__, Widget.Nested.deep.__qualname__)
print(Widget.static.__qualname__, Widget.klass.__qualname__)
print(Widget.__qualname__, Widget.__name__, Widget.__module__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)

def settable():
    return 1
settable.custom = "attached"
settable.__doc__ = "set later"
print(settable.custom, settable.__doc__)
print(hasattr(settable, "custom"), getattr(settable, "missing", "fallback"))
settable.__name__ = "renamed"
print(settable.__name__)
print(callable(settable), type(settable).__name__)
print(len.__name__, type(len).__name__)
print(Widget().method.__name__, type(Widget().method).__name__)
print(Widget().method.__self__.__class__.__name__)
print(Widget.method is Widget.method, Widget().method == Widget().method)
