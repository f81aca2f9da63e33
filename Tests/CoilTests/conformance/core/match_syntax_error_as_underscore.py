# `_` cannot be the target of an AS pattern.
print("never printed")
match 1:
    case int() as _:
        pass
