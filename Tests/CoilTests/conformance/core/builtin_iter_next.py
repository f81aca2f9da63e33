it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["first", "second", "", "after blank"]
reader = iter(lines).__next__
print(list(iter(reader, "")))
r = iter(range(3))
print(iter(r) is r, next(r), list(r))
numbers = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(numbers, numbers))
print(pairs)
t = iter((1, 2))
for v in t:
    print("got", v)
print(next(t, "exhausted"))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter([])), sum(iter([1, 2, 3])), sorted(iter({3, 1, 2})))
