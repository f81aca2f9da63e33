ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], type(ba).__name__)
ba[0] = ord("J")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([33, 63])
print(ba)
ba[1:5] = b"ELLO"
print(ba)
ba[-2:] = b""
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.remove(ord(" "))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray())
c = bytearray(b"abc")
d = c.copy()
d[0] = 122
print(c, d, c == b"abc", bytes(c), c.decode())
c += b"def"
c *= 2
print(c, c.count(b"a"), c.find(b"cd"), c.upper(), c.hex())
try:
    c[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.append(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), list(bytearray(b"AB")))
