def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punctuation="?"))
print(greet(greeting="Yo", name="Bo"))
print(greet.__defaults__)

def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=5))

def defaults_evaluated_once(x=[len("abc")]):
    return x
print(defaults_evaluated_once())

def none_default(values=None):
    values = [] if values is None else values
    return len(values)
print(none_default(), none_default([1, 2]))

def f(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw
print(f(0, c=3))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
print(f(0, c=3))

def g(x=1, y=None, z="s", w=(1, 2)):
    return x, y, z, w
print(g(), g.__defaults__)
