def greet(self):
    return f"hello from {type(self).__name__} x={self.x}"

Dynamic = type("Dynamic", (), {"x": 5, "greet": greet})
d = Dynamic()
print(d.greet(), Dynamic.__name__, type(Dynamic).__name__)
print([c.__name__ for c in Dynamic.__mro__])

class Base:
    def base_method(self):
        return "base method"

Child = type("Child", (Base,), {"x": 1, "__init__": lambda self, v: setattr(self, "v", v)})
c = Child(42)
print(c.v, c.x, c.base_method(), isinstance(c, Base))
print([k.__name__ for k in Child.__mro__])
print(type(c) is Child, type(Child) is type, type(type) is type)
print(type(1), type("a"), type([]), type(None), type(type))
print(type(1).__name__, type(1.5).__name__, type(len).__name__)

def make_class(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)
    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (object,), {"__init__": __init__, "__repr__": __repr__, "fields": fields})

Point = make_class("Point", ("x", "y"))
print(Point(1, 2), Point.fields)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__)
