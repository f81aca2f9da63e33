class Halt(Exception):
    pass
print("raising a bare exception class")
raise Halt
