# `match`, `case` and `_` are soft keywords: ordinary names outside match statements.

match = 1
case = 2
_ = 3
print(match, case, _)

match += 1
case -= 1
print(match, case)

def match(*args, **kwargs):
    return ("called", args, kwargs)

print(match(1, 2, key=3))
print(match (4))
print(match(*[5, 6]))

match = [10, 20, 30]
print(match[0], match[1:], match[-1])
match[0] = 11
print(match)

class case:
    attr = "case.attr"
    match = "case.match"

print(case.attr, case.match)
x = case
print(x.attr)

match, case = "m", "c"
print(match, case)

match: int = 5
print(match)

# A match statement whose subject is named `match`, with names called `case` and `_`.
match match:
    case 5:
        print("matched match == 5")

case = {"case": "value"}
match case:
    case {"case": case}:
        print("case bound to", case)

_ = "underscore"
match 42:
    case _:
        print("wildcard does not bind:", _)

# Soft keywords inside expressions of a match statement.
match = 7
match [match, "case"]:
    case [7, "case"]:
        print("list subject containing match")

def f(match, case):
    match match, case:
        case (1, 2):
            return "one two"
        case (match, case):
            return f"captured {match} {case}"

print(f(1, 2), f(3, 4))

# Lambdas, comprehensions and f-strings using the names.
match = lambda case: case * 2
print(match(21), [match for match in range(3)], f"{case!r}")
print([_ for _ in "ab"])

# A line starting with `match` that is an expression statement.
match = [1, 2]
match [0]
match = print
match ("called through a name match") if match else None
print("done")
