print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t\n5\n"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o17", 8))
print(int("1010", 2), int("0b1010", 2), int("z", 36), int("Zz", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("42", 0), int("1_0", 0))
print(int(3.9), int(-3.9), int(3.999999), int(-0.1), int(2.5e3))
print(int("  -  5".replace(" ", "")), int(b"12"), int(bytearray(b"34")))
print(int(), int(True), int(False))
for bad in ["", " ", "1.0", "0x", "1_", "_1", "1__0", "abc", "12a", "--1", "0b2"]:
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print(repr(bad), "->", e)
try:
    int("010", 0)
except ValueError as e:
    print("leading zero with base 0:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(int("١٢٣"), int("٤٥", 10))
print(float("1.5"), float("-2"), float("1e3"), float(" 3.25 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(7), float("10"))
