class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__ with", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

class PositiveInt(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
n = PositiveInt(-5)
print(n, type(n).__name__, n + 1, isinstance(n, int))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("hello")
print(u, len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4))

class Choosy:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print("Choosy.__init__ runs only for Choosy instances")
print(Choosy("int"))
print(type(Choosy("other")).__name__)
class Tracked:
    count = 0
    def __new__(cls):
        cls.count += 1
        instance = object.__new__(cls)
        instance.serial = cls.count
        return instance
print([Tracked().serial for _ in range(3)])
