class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._celsius = None

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def get_area(self):
        return self.w * self.h
    def set_area(self, value):
        self.w = value / self.h
    area = property(get_area, set_area, None, "area of rectangle")

r = Rect(2, 5)
print(r.area)
r.area = 50
print(r.w, r.area, Rect.area.__doc__)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Child(5).celsius)
try:
    del Lazy().value
except AttributeError as e:
    print(type(e).__name__, e)
