class Pet:
    kind = "animal"
    def __init__(self, name):
        self.name = name
        self.age = 1
    def speak(self):
        return "..."

p = Pet("Rex")
print(vars(p), sorted(vars(p)))
print("kind" in vars(Pet), "speak" in vars(Pet), "name" in vars(Pet))
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}), "nope" in dir([]))
print("name" in dir(p), "speak" in dir(p), "kind" in dir(p), "__init__" in dir(p))
print([n for n in dir(p) if not n.startswith("_")])
print(dir(p) == sorted(dir(p)))
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
x_local_test = 1
print("x_local_test" in dir(), "Pet" in dir())
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
