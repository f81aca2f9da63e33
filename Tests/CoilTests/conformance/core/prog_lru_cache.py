class LRUCache:
    """Least-recently-used cache built on a dict (insertion-ordered) ."""

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


def cached(capacity):
    def decorator(func):
        cache = LRUCache(capacity)
        def wrapper(*args):
            result = cache.get(args, _MISSING)
            if result is _MISSING:
                result = func(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator

_MISSING = object()

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get("a"), c)
c.put("d", 4)
print(c, "b" in c)
c.put("c", 30)
print(c)
print(c.get("zzz"), c.get("zzz", "default"))
print(c.hits, c.misses, c.evictions)

@cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.__name__)
print(len(fib.cache), fib.cache.hits, fib.cache.misses, fib.cache.evictions)

@cached(2)
def slow_square(x):
    print("  computing", x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    print(x, "->", slow_square(x))
print(slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
