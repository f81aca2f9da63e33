# Literal, singleton, value and group patterns (PEP 634).
import math

class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1

def lit(v):
    match v:
        case 0:
            return "int zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1 + 2j:
            return "complex 1+2j"
        case -3 - 4j:
            return "complex -3-4j"
        case 5j:
            return "imaginary 5j"
        case "spam" | "eggs":
            return "food"
        case "con" "cat":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "dotted red"
        case Color.Shade.DARK:
            return "nested dotted"
        case math.pi:
            return "module attribute pi"
        case (10):
            return "group of ten"
        case 0x10 | 0o20 | 0b10001:
            return "hex/oct/bin"
        case 1_000_000:
            return "a million"
        case _:
            return "other"

for v in [0, 0.0, -1, -1.0, 2.5, -0.5, 1 + 2j, complex(-3, -4), 5j, "spam", "eggs", "concat",
          b"raw", "raw", None, True, False, 1, 1.0, "red", 1, math.pi, 10, 16, 17, 1000000, 42]:
    print(repr(v), "->", lit(v))

# Singletons compare by identity: 1 and 1.0 do not match True; 0 does not match False.
def single(v):
    match v:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
    return "no singleton"

for v in [True, False, None, 1, 0, 1.0, 0.0, "", []]:
    print(repr(v), single(v))

# Literal values compare with ==: a user __eq__ is consulted.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

match AlwaysEqual():
    case 42:
        print("AlwaysEqual matched 42")

class NeverEqual:
    def __eq__(self, other):
        return False

match NeverEqual():
    case "x":
        print("unexpected")
    case other:
        print("capture catches", type(other).__name__)

# A value pattern's attribute is looked up each time the case runs.
class Config:
    mode = "fast"

def check(m):
    match m:
        case Config.mode:
            return "current mode"
        case _:
            return "not current"

print(check("fast"))
Config.mode = "slow"
print(check("fast"), check("slow"))

# No case matches: nothing happens, execution continues.
match 99:
    case 1:
        print("one")
    case 2:
        print("two")
print("after unmatched match")

# Subject evaluated once.
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("three, subject evaluated", len(calls), "time")

# The subject can be a tuple without parentheses, and starred.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("tuple subject with star")
