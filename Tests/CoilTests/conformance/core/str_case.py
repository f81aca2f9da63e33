words = ["hello world", "HELLO WORLD", "hello-world's", "mIxEd CaSe", "123abc", "o'neil mcdonald", "ÉCOLE", "ǆ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), "ß".casefold(), "İ".lower() == "i̇", "ﬁ".upper())
print("Hello".lower() == "hELLO".lower(), "Straße".casefold() == "STRASSE".casefold())
print("hello world".title(), "they're bill's friends".title())
print("a".upper(), "A".lower(), "1".upper())
