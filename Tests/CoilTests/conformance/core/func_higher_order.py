def apply(func, *args):
    return func(*args)

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

def curry(f):
    return lambda a: lambda b: f(a, b)

def partial(func, *fixed, **fixed_kw):
    def wrapper(*args, **kw):
        return func(*fixed, *args, **{**fixed_kw, **kw})
    return wrapper

def reduce(func, items, initial):
    acc = initial
    for item in items:
        acc = func(acc, item)
    return acc

print(apply(max, 3, 9, 4))
print(apply(lambda s: s[::-1], "stressed"))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(curry(pow)(2)(10))
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
funcs = {"upper": str.upper, "title": str.title, "len": len}
for name, fn in funcs.items():
    print(name, fn("hello world"))
print(list(map(str.strip, ["  a ", "b  "])))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(list(map(pow, [2, 3], [3, 2])))
def make_ops():
    return [lambda x, k=k: x ** k for k in range(4)]
print([op(3) for op in make_ops()])
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value
print(pipeline("  Coil Language ", str.strip, str.lower, lambda s: s.replace(" ", "-")))
