class Root:
    def __init__(self):
        print("Root.__init__")
        super().__init__()
    def who(self):
        return ["Root"]

class Left(Root):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()

class Right(Root):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
    def who(self):
        return ["Bottom"] + super().who()

b = Bottom()
print(b.who())
print([c.__name__ for c in Bottom.__mro__])

class Cooperative:
    def __init__(self, **kwargs):
        print("Cooperative leftovers:", kwargs)
        super().__init__()

class Named(Cooperative):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Aged(Cooperative):
    def __init__(self, age, **kwargs):
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    pass

p = Person(name="Ann", age=30, extra=True)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
print(Left().who())
