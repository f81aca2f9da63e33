class Dog:
    species = "Canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age} years old"

    def speak(self, sound="Woof"):
        return f"{self.name} says {sound}"

    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
print(rex.describe())
print(rex.speak(), rex.speak("Grr"))
print(rex.birthday().birthday().age)
print(rex.species, Dog.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog))
print(Dog.describe(rex))
m = rex.describe
print(m())
rex.name = "Max"
print(m())
print(sorted(rex.__dict__.items()))
rex.nickname = "M"
print(sorted(vars(rex)))
print(hasattr(rex, "nickname"), hasattr(Dog("a", 1), "nickname"))

class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__, Empty.__name__)
print(Dog.__doc__, Empty.__bases__, Dog.__bases__[0].__name__)

class Counter:
    """Counts things."""
    def __init__(self):
        self.count = 0
    def increment(self, by=1):
        self.count += by
c = Counter()
for _ in range(5):
    c.increment()
c.increment(by=10)
print(c.count, Counter.__doc__)
