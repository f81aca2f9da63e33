for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b)
print(~0, ~5, ~-5, ~255)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 1)
print((1 << 70) >> 68, (-(1 << 70)) >> 68)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(bin(-5 & 0xFF), hex(-1 & 0xFFFFFFFF))
print((2**100) & (2**100 - 1), (2**100) | 1, (2**64 + 5) ^ 5)
print(-(2**65) & 0xFFFF, -(2**65) | 3)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, 5 & True)
