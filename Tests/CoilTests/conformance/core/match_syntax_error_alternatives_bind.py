# Every alternative of an OR pattern must bind the same names.
print("never printed")
match [1]:
    case [x] | (x, y):
        pass
