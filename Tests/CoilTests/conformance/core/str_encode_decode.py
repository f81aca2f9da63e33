text = "héllo wörld €uro 🐍"
data = text.encode("utf-8")
print(data)
print(len(text), len(data), type(data).__name__)
print(data.decode("utf-8") == text, data.decode())
print("abc".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
print(b"caf\xe9".decode("latin-1"), b"\xe2\x82\xac".decode("utf-8"))
print("é".encode("ascii", errors="replace"), "é".encode("ascii", "ignore"), "é🐍".encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("utf-8", errors="replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print("x".encode("utf-16-le"), "hi".encode("utf-16-be"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"abc\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(bytearray("ü", "utf-8"), "utf-8"), bytes("ü", "utf-8"))
print([b for b in "€".encode()], list("A€".encode("utf-8")))
print(len("🐍".encode("utf-8")), len("🐍".encode("utf-16-le")))
print("ÄÖÜ".encode("UTF-8"), "x".encode("utf8"), "y".encode(encoding="UTF8"))
