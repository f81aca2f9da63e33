for n in [0, 1, 2, 255, 256, -1, -128, 2 ** 64]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1).to_bytes(4, byteorder="big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes([1, 2, 3, 4]), "big"), int.from_bytes(b"", "big"))
print((2 ** 64).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((10).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((6).as_integer_ratio(), (-3).__abs__(), (5).__neg__())
print(int.__name__, (5).__class__.__name__)
print((12).__add__(3), (12).__mul__(2), (3).__rsub__(10), (17).__floordiv__(5), (17).__mod__(5))
print((255).bit_count(), (0b1011).bit_count(), (-7).bit_count())
print(max(0, -0), (5).__index__(), (5).__bool__(), (0).__bool__())
print(int(True).__class__.__name__)
