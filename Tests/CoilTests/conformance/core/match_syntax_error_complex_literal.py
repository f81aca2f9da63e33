# A complex literal is a real number plus or minus an imaginary number.
print("never printed")
match 1:
    case 1 + 2:
        pass
