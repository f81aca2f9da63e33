def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))

def tag(name, **attrs):
    def decorator(func):
        def wrapper(*args):
            attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{attr_text}>{func(*args)}</{name}>"
        return wrapper
    return decorator

@tag("b")
@tag("a", href="/home", id="x")
def link(text):
    return text
print(link("Home"))

def validate(**types):
    def decorator(func):
        def wrapper(**kwargs):
            for key, expected in types.items():
                if not isinstance(kwargs.get(key), expected):
                    raise TypeError(f"{key} must be {expected.__name__}")
            return func(**kwargs)
        return wrapper
    return decorator

@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=3, y="ab"))
try:
    combine(x="3", y="ab")
except TypeError as e:
    print(type(e).__name__, e)

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)

def prefix(p):
    return lambda f: lambda *a: p + f(*a)
@prefix(">> ")
def message(m):
    return m
print(message("decorated with lambdas"))

def decorator_factory_with_defaults(label="default"):
    def deco(f):
        f.label = label
        return f
    return deco
@decorator_factory_with_defaults()
def a(): pass
@decorator_factory_with_defaults(label="custom")
def b(): pass
print(a.label, b.label)
