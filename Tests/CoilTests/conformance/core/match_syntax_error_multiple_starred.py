# Only one starred name is allowed in a sequence pattern.
print("never printed")
match [1, 2, 3]:
    case [first, *middle, *rest]:
        pass
