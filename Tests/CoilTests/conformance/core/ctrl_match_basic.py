# Structural pattern matching (Python 3.10+).
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case "hello" | "hi":
            return "greeting"
        case str() as s:
            return f"string of {len(s)}"
        case [] :
            return "empty list"
        case [x]:
            return f"one element {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case None:
            return "none"
        case _:
            return "something else"

for v in [0, 2, -5, 99, "hi", "coil", [], [7], [1, 2], [1, 2, 3],
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2},
          None, 3.5, (4, 5)]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "elsewhere"
    return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), "nope"]:
    print(where(p))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match 42:
    case 1:
        print("no")
print("match with no matching case falls through")
