def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())

default_value = 10
def uses_default(x=default_value):
    return x
default_value = 20
print(uses_default())

def late(x=None):
    return default_value if x is None else x
print(late())

class Basket:
    def __init__(self, items=[]):
        self.items = items
    def add(self, item):
        self.items.append(item)
b1 = Basket()
b2 = Basket()
b1.add("apple")
print(b2.items, b1.items is b2.items)
b3 = Basket(["own"])
b3.add("pear")
print(b3.items, b1.items)
