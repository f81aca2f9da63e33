# An uncaught run-time error from a class pattern ends the program (exit status 1).
class Vector:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

match Vector(1):
    case Vector(x):
        print("matched x =", x)

print("now with two positional sub-patterns")
match Vector(1):
    case Vector(x, y):
        print("never printed")
