class Config:
    debug = False
    items = []
    count = 0

    def __init__(self, name):
        self.name = name
        Config.count += 1

a = Config("a")
b = Config("b")
print(Config.count, a.count, b.count)
a.debug = True
print(a.debug, b.debug, Config.debug)
print("debug" in a.__dict__, "debug" in b.__dict__)
del a.debug
print(a.debug)
a.items.append("shared!")
print(b.items, Config.items)
a.items = ["own"]
print(a.items, b.items)
Config.debug = "changed on class"
print(a.debug, b.debug)

class Base:
    value = 1
class Child(Base):
    pass
print(Child.value)
Base.value = 2
print(Child.value)
Child.value = 3
print(Base.value, Child.value)
print("value" in Child.__dict__, "value" in Base.__dict__)

class WithMethodsAsAttrs:
    def method(self):
        return "method"
obj = WithMethodsAsAttrs()
obj.method = lambda: "instance attribute shadows method"
print(obj.method(), WithMethodsAsAttrs().method())
def external(self):
    return f"external on {type(self).__name__}"
WithMethodsAsAttrs.ext = external
print(obj.ext())
