class Config:
    base = 10
    doubled = base * 2
    items = [i * 2 for i in range(base // 5)]
    try:
        hidden = [base + i for i in range(3)]
    except NameError as e:
        hidden = f"{type(e).__name__}: {e}"

    def method(self):
        try:
            return base
        except NameError as e:
            return f"{type(e).__name__}: {e}"

    def via_class(self):
        return Config.base, self.base, type(self).doubled

print(Config.doubled)
print(Config().method())
print(Config().via_class())
print(Config.items, Config.hidden)

x = "global x"
class Shadow:
    x = "class x"
    def get(self):
        return x
    y = x
print(Shadow().get(), Shadow.y)

class Counter:
    total = 0
    def add(self):
        Counter.total += 1
        self.total_seen = Counter.total
c = Counter()
c.add(); c.add()
print(Counter.total, c.total_seen)

def factory():
    value = "from function"
    class Inner:
        attr = value
        def get(self):
            return value
    return Inner
I = factory()
print(I.attr, I().get())
class Outer:
    name = "outer"
    class Nested:
        try:
            got = name
        except NameError as e:
            got = f"NameError: {e}"
print(Outer.Nested.got)
