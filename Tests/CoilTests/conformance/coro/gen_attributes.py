# Generator object attributes: gi_running, gi_frame, gi_code, gi_yieldfrom,
# __name__, __qualname__.

def simple():
    x = 1
    yield x
    yield x + 1


g = simple()
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name)
print(g.gi_running)
print(g.gi_frame is not None)
print(g.gi_yieldfrom)
next(g)
print(g.gi_frame is not None)
next(g)
try:
    next(g)
except StopIteration:
    pass
print('exhausted: gi_frame is None ->', g.gi_frame is None)
print('gi_running', g.gi_running)

# gi_frame is None after close() too.
g = simple()
next(g)
g.close()
print('closed: gi_frame is None ->', g.gi_frame is None)

# After an exception escapes.
def fails():
    yield 1
    raise ValueError('x')

g = fails()
next(g)
try:
    next(g)
except ValueError:
    pass
print('failed: gi_frame is None ->', g.gi_frame is None)


class Container:
    def items(self):
        yield 1

    class Nested:
        @staticmethod
        def gen():
            yield 2


print(Container().items().__qualname__)
print(Container.Nested.gen().__qualname__)

def factory():
    def local():
        yield 3
    return local()

print(factory().__qualname__)

# __name__ can be reassigned on the generator object.
g = simple()
g.__name__ = 'renamed'
print(g.__name__, g.gi_code.co_name)

# Generator expression names.
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__.endswith('<genexpr>'))

# gi_yieldfrom while delegating.
def delegating():
    yield from simple()

d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
list(d)
print(d.gi_yieldfrom)
