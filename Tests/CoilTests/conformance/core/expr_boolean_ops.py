# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None and 1, [] or {}, [] and {})
print(0 or "" or None, 1 and "a" and [1])
print(not 0, not 1, not "", not "x", not None)
def noisy(v, tag):
    print("  eval", tag)
    return v
print(noisy(0, "left") and noisy(1, "right"))
print(noisy(1, "left") or noisy(1, "right"))
print(noisy(1, "a") and noisy(2, "b") and noisy(0, "c") and noisy(3, "d"))
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(0.1), bool(" "), bool([0]), bool((None,)), bool({0: 0}))
print(bool(None), bool(b""), bool(b"\x00"), bool(float("nan")))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True)
print(True == 1, False == 0, 1.0 == True)
print(isinstance(True, int), int(True), str(True), repr(False))
print(sum([True, True, False, True]))
print(True & False, True | False, True ^ True, ~True)
print(type(True & False).__name__, type(True + 0).__name__)
x = 5
print(x > 3 and x < 10, x < 3 or x > 4)
