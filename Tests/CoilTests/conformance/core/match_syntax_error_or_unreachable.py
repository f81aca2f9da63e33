# An irrefutable alternative must come last in an OR pattern.
print("never printed")
def f(v):
    match v:
        case [x] | x | []:
            return x
