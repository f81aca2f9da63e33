def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

total = 0
for i in range(10000):
    f = make_recursive()
    total += f(5)
print("recursive closures:", total)

def make_holder():
    holder = {}
    def get():
        return holder
    holder["get"] = get
    return get

count = 0
for _ in range(10000):
    g = make_holder()
    count += g()["get"] is g
print("closure <-> dict cycles:", count)

class Widget:
    def __init__(self):
        self.callback = lambda: self
built = 0
for _ in range(10000):
    w = Widget()
    built += w.callback() is w
print("bound-lambda cycles:", built)

def counter_pair():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return dec
    def dec():
        state["n"] -= 1
        return inc
    return inc
pairs = 0
for _ in range(10000):
    inc = counter_pair()
    pairs += inc()() is inc
print("mutually referencing closures:", pairs)
