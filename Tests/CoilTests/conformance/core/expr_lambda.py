square = lambda x: x * x
print(square(5), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
varargs = lambda *args, **kw: (args, sorted(kw.items()))
print(varargs(1, 2, z=3, a=4))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
noargs = lambda: "nothing"
print(noargs())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))

def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))

funcs = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs])  # late binding: all use i == 2
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])  # default captures each value
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
print((lambda x: (lambda y: x + y))(1)(2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(add.__defaults__, noargs.__defaults__)
