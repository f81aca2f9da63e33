it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
print(next(it, "default"), next(iter([]), None))

class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("exhausted")
        self.n -= 1
        return self.n

lim = Limited(2)
print(list(lim))
try:
    next(lim)
except StopIteration as e:
    print("message:", e, e.value)

def first(iterable):
    for item in iterable:
        return item
    raise ValueError("empty iterable")
print(first("abc"))
try:
    first([])
except ValueError as e:
    print(e)
e = StopIteration(1, 2)
print(e.value, e.args)
d = iter({"k": "v"})
print(next(d), next(d, "end"))
