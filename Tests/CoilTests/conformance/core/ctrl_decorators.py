def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

def trace(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        value = func(*args, **kwargs)
        print(f"{func.__name__} returned {value!r}")
        return value
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ada"))
print(greet.__name__)

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__)

@trace
@shout
def stacked(word):
    return word
stacked("hey")

def exclaim(func):
    print("decorating", func.__name__)
    return func

@exclaim
def defined_later():
    return "ok"
print(defined_later())

calls = {}
def count_calls(func):
    def wrapper(*args):
        calls[func.__name__] = calls.get(func.__name__, 0) + 1
        return func(*args)
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), calls)

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache))

registry = []
def register(func):
    registry.append(func.__name__)
    return func
@register
def one(): pass
@register
def two(): pass
print(registry)
