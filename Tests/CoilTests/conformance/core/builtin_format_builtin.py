print(format(3.14159, ".2f"), format(42, "05d"), format("hi", "^6"), format(0.5, "%"))
print(format(1234567, ","), format(255, "b"), format(-3, "+"), format(10))
print(repr(format("")), repr(format(None)), format([1, 2]), format(True))
class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F") else spec
        value = self.deg if unit == "C" else self.deg * 9 / 5 + 32
        return format(value, num_spec) + "°" + unit
t = Celsius(21.5)
print(format(t, ".1fC"), format(t, ".0fF"), f"{t:.2fF}", "{:>6.1fC}".format(t), format(t))
print(type(format(1)).__name__, format(1.0, "g"), format(1e-10, ".2g"))
