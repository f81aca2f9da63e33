# __debug__ cannot be assigned, not even by a capture pattern.
print("never printed")
match 1:
    case [__debug__]:
        pass
