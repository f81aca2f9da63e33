samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
           "new\nline", "cr\rreturn", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü",
           "日本", "🐍", "\u200b\u2028\ufeff", "\ud7ff", "bell\a", "", "'", '"', "'\"",
           "\U0001f600\U000e0001", "\xff\u0100", "a\\nb"]
for s in samples:
    print(repr(s), len(repr(s)))
print(repr(["it's", 'q"']), str(("a", "b'")))
print(ascii("日本 é"), ascii("\x00"), ascii(["é"]))
print(repr(repr("x")), str(repr("x")), len(repr("tricky'\"\n")))
print("%r" % "é", f"{'é'!r}", "{!r}".format("é"))
print(repr(b"bytes'"), repr(bytearray(b"ba")), repr(b'\x00\xff"'))
