# The format-spec mini-language: [[fill]align][sign][#][0][width][grouping][.precision][type]
n = 1234567
f = 1234.5678
neg = -42
print(format(n, "d"), format(n, ","), format(n, "_"), format(n, "15,d"), format(n, "<15,"), format(n, "^15_"))
print(format(neg, "+d"), format(42, "+d"), format(42, " d"), format(neg, " d"), format(42, "-d"))
print(format(neg, "08d"), format(42, "08d"), format(neg, "=8d"), format(neg, "*=8d"), format(neg, "<8d") + "|")
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(65, "c"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"), format(255, "#010x"), format(255, "#10b"))
print(format(-255, "#x"), format(-255, "08x"), format(2 ** 70, "x"), format(123456789, "_b"), format(0xDEADBEEF, "_X"))
print(format(f, "f"), format(f, ".2f"), format(f, ".0f"), format(f, "#.0f"), format(f, "12.3f"), format(f, "<12.1f") + "|")
print(format(f, "F"), format(float("inf"), "f"), format(float("inf"), "F"), format(float("nan"), "F"), format(-0.0, ".1f"))
print(format(f, "e"), format(f, ".2e"), format(f, "E"), format(0.0001234, ".3e"), format(1e100, "e"))
print(format(f, "g"), format(f, ".3g"), format(0.0001234, "g"), format(1234567.0, "g"), format(1e-5, "G"), format(100.0, "g"))
print(format(1.0, "g"), format(1.0, "#g"), format(1.5, ".0g"), format(123.0, ".2g"), format(0.5, ".1g"))
print(format(0.4567, "%"), format(0.4567, ".1%"), format(1, ".0%"), format(-0.5, "+.2%"))
print(format(f, ",.2f"), format(1234567.891, "_.1f"), format(-f, "+,.1f"), format(f, "015,.2f"))
print(format(3.14159, "n"), format(1234, "n"), format(1.5, ""), format(1e16, ""), format(1e15, ""))
print(format(2.5, ".1"), format(1234.5, ".3"), format(0.1, ".20f"), format(1 / 3, ".15"))
print(format("text", "s"), format("text", "10"), format("text", ">10"), format("text", "^10"), format("text", "*<10"))
print(format("truncate me", ".5"), format("truncate me", ">10.3"), format("", "x^3"))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(True, "^7"), format(None, ""))
print(format(42), format(42.0), format("s"), format([1, 2]), format((1,)))
print(format(12, "x<5"), format(12, "0<5"), format(12, "0>5"), format(1.5, "0=+8.2f"))
print(format(123, "010_d"), format(1234, "010,"), format(-1234.5, "012,.1f"))
print(format(1e6, ",.0f"), format(999999.5, ",.0f"), format(0, ","), format(-1, ","))
print(format(5, "*^5"), format(-5, "^+5"))
for spec in ["", "10", "<10", "^10", ">10", "010", "+", "e", ".3", ".3f", ",", "x"]:
    results = []
    for value in (255, 2.5):
        try:
            results.append(repr(format(value, spec)))
        except ValueError as e:
            results.append(f"{type(e).__name__}: {e}")
    print(repr(spec), " | ".join(results))
for bad in [("abc", "d"), (1.5, "d"), (1, "s"), ("x", "+"), ("y", ","), (1, ".2s"), (1.0, "x")]:
    try:
        format(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
