print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0} and {who}".format("me", who="you"))
point = {"x": 1, "y": 2}
print("{p[x]},{p[y]}".format(p=point), "{0[0]} {0[1]}".format(["first", "second"]))
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
        self.inner = {"k": "v"}
print("{0.x} {0.y} {0.inner[k]}".format(Pt()), "{pt.x}".format(pt=Pt()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:*^10}|{1:->6}|{2:_<5}".format("mid", 7, "x"))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{{}} {{{}}}".format("in braces"))
print("{:{}{}}".format("nested", ">", 10), "{:{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{0:{1}}|".format("w", 5), "{:.{}}".format("truncate", 3))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{}{}{}".format(*"xyz"))
print(str.format("{} + {} = {}", 1, 2, 3))
print("{0:d} {0:x} {0:o} {0:b} {0:#b} {0:e}".format(255))
print("{:,} {:_} {:,.2f} {:_x}".format(1234567, 1234567, 1234567.891, 0xFFFFFFFF))
print("{:%} {:.1%} {:.0%}".format(0.25, 1 / 3, 2))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "}".format()
except ValueError as e:
    print(type(e).__name__, e)
print("{0}".format(None), "{}".format([1, {2: 3}]), "{!s:>5}".format(None))
try:
    "{:>5}".format(None)
except TypeError as e:
    print(type(e).__name__, e)
template = "Dear {title} {last},"
print(template.format(title="Dr.", last="Who"))
print("{:<3}{:>3}".format(1, 2), "{:=+8.2f}".format(-3.5))
print("{0!r:>10}".format("hi"), "{:^7.3}".format("abcdef"))
