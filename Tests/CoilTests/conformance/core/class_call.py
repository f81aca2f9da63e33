class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value, *, offset=0):
        return value * self.factor + offset

triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs
c = Counter()
print(c(), c(1, 2, x=3), c.calls)

class Adder:
    def __init__(self, total=0):
        self.total = total
    def __call__(self, n):
        return Adder(self.total + n)
    def __repr__(self):
        return f"Adder({self.total})"
print(Adder()(1)(2)(3))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()), callable(len), callable(lambda: 0), callable("s"))
class Factory:
    def __call__(self):
        return Factory
print(Factory()().__name__)
handlers = {"double": Multiplier(2), "square": lambda x: x * x}
print({k: h(5) for k, h in handlers.items()})
