callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])  # all see final i

callbacks = []
for i in range(3):
    callbacks.append(lambda i=i: i)
print([cb() for cb in callbacks])

def make(n):
    return lambda: n
print([make(k)() for k in range(3)])

def builders():
    fs = []
    for j in range(3):
        def f():
            return j * 10
        fs.append(f)
    j = 99
    return fs
print([f() for f in builders()])

def cell_shared():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = cell_shared()
print(g()); s(42); print(g())

def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())

print(make(5).__closure__ is not None, len(make(5).__closure__))
print(make(5).__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
adders = {name: (lambda v, name=name: f"{name}:{v}") for name in ("a", "b")}
print(adders["a"](1), adders["b"](2))
