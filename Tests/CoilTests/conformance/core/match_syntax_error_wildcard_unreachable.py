# A wildcard case must be the last one unless it has a guard.
print("never printed")
match 1:
    case _ if False:
        pass
    case _:
        pass
    case 3:
        pass
