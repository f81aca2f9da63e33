# Every escape sequence in str literals.
print(repr("\\"), len("\\"))
print(repr("\'"), repr("\""))
print(repr("\a"), repr("\b"), repr("\f"), repr("\n"), repr("\r"), repr("\t"), repr("\v"))
print([ord(c) for c in "\a\b\f\n\r\t\v"])
print(repr("\0"), repr("\00"), repr("\101"), repr("\7"), repr("\177"))
print(repr("\x41"), repr("\x7f"), repr("\xe9"), repr("\xff"))
print(repr("\u00e9"), repr("\u4e2d"), repr("\u200b"))
print(repr("\U0001F600"), len("\U0001F600"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("line1\
line2")
print("A\x42C", "\u0041\u0042", "\101\102")
print(ord("\x00"), ord("\uffff"), ord("\U0010ffff"))
# Unknown escapes are kept literally
print(len("\d"), "\d" == "\\d")
print(repr("\q\w"))
# Escapes in bytes
print(b"\x00\x41\n\t\\", list(b"\x00\x41\n\t\\"))
print(b"\101\102", b"\xff"[0])
