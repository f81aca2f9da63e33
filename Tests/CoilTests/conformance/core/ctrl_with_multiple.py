class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource("a") as a:
    print("body with", a)

with Resource("x") as x, Resource("y") as y:
    print("body with", x, y)

with (Resource("p") as p,
      Resource("q") as q):
    print("parenthesized", p, q)

with Resource("noas"):
    print("no as target")

try:
    with Resource("outer") as o, Resource("inner") as i:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for n in range(2):
    with Resource(f"loop{n}"):
        if n == 0:
            continue
        print("loop body", n)

class Target:
    pass
t = Target()
with Resource("attr") as t.value:
    pass
print(t.value)
with Resource("tuple") as (first, *rest):
    print(first, rest)
