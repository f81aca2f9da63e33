# Literal keys of a mapping pattern must be distinct.
print("never printed")
match {}:
    case {"a": 1, "b": 2, "a": 3}:
        pass
