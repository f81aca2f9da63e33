# A bare capture pattern matches everything, so later cases could never run.
print("never printed")
match 1:
    case value:
        pass
    case 2:
        pass
