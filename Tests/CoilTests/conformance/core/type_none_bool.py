print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, not None)
def returns_nothing():
    pass
print(returns_nothing() is None)
x = None
print(x or "fallback", x and "unreached")
print(True, False, True + True, True * 3, False * 10, True - False)
print(True + True + True, sum([True] * 5), True / 4, True ** 10)
print(int(True), float(False), str(True), repr(False), bool("False"))
print(True == 1, False == 0, True != 2, 1.0 == True)
print(True > False, max(True, False), min(False, True, -1))
print(bool(), bool(0), bool(1), bool(-1), bool(None))
print(type(True), type(True).__name__, isinstance(False, int))
print(True & True, True | False, False ^ True, True ^ True)
print(type(True & True).__name__, type(True + True).__name__, type(~True).__name__, ~True, -True)
counts = {True: "yes", False: "no"}
print(counts[1], counts[0], counts[1 == 1])
d = {1: "int one"}
d[True] = "bool true"
print(d)
print(hash(True), hash(False), hash(None) == hash(None))
print([i for i, flag in enumerate([True, False, True]) if flag])
print("%d %s %r" % (True, True, False), f"{True:d} {False!r} {True:>6}")
print(None.__class__.__name__, bool.__name__)
