data = b"  The quick brown fox, the lazy dog  "
print(data.strip(), data.lstrip(), data.rstrip(b" g"))
print(data.split(), data.split(b","), data.strip().split(b" ", 2))
print(b",".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]))
print(data.find(b"quick"), data.find(b"missing"), data.rfind(b"the"), data.index(b"fox"), data.count(b"o"))
print(data.replace(b"the", b"THE"), b"aaa".replace(b"a", b"b", 2))
print(data.startswith(b"  The"), data.endswith((b"dog", b"dog  ")), data.strip().startswith(b"The"))
print(b"Hello".upper(), b"Hello".lower(), b"hello world".title(), b"hELLO".swapcase(), b"hello".capitalize())
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"key=value".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"x".center(5, b"-"), b"x".ljust(3, b"."), b"x".rjust(3), b"7".zfill(3))
print(b"line1\nline2\r\n".splitlines(), b"a\tb".expandtabs(4))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"))
print(b"%s is %d" % (b"age", 42), b"%05.1f|%x" % (3.14159, 255))
print(bytes.fromhex("48656c6c6f").decode(), b"Hi".hex(), bytes.maketrans(b"ab", b"xy") == bytes.maketrans(b"ab", b"xy"))
print(b"hello".translate(bytes.maketrans(b"lo", b"01")))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
