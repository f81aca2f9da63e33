# f-strings are not literals: patterns may only match literals and attribute lookups.
print("never printed")
name = "x"
match "x":
    case f"{name}":
        pass
