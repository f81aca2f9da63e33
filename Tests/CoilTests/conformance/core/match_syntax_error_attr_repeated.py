# A keyword attribute may appear once in a class pattern.
print("never printed")
match 1:
    case int(real=1, real=2):
        pass
