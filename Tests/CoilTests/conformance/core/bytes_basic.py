b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), [chr(c) for c in b], b[0] == ord("h"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b.hex(), b"\x00\xff".hex(), b"abc".hex("-"), bytes(4).hex())
print(b + b" world", b * 2, b"ab" in b"cab", 98 in b"abc", b"" in b"x")
print(b == b"hello", b < b"help", b"a" < b"b", b == "hello")
print(b"abc" + bytearray(b"def"), type(b"abc" + bytearray(b"d")).__name__)
for x in b"AZ":
    print(x, end=" ")
print()
print(repr(b"\n\t\\ '\x7f\x80"), str(b"x"), bytes([0x41]) * 3)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02"), sorted(b"cab"))
print(bytes(b"x").decode(), b"caf\xc3\xa9".decode("utf-8"), len(b"caf\xc3\xa9"))
