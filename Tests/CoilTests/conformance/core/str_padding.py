for s in ["a", "abc", "abcdef"]:
    print(f"[{s.ljust(5)}] [{s.rjust(5)}] [{s.center(5)}] [{s.ljust(5, '.')}] [{s.rjust(5, '*')}] [{s.center(6, '-')}]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4, "x") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("3.14".zfill(7), "-0.5".zfill(6))
rows = [("apple", 1.5, 10), ("banana", 0.25, 200), ("kiwi", 12.0, 3)]
for name, price, qty in rows:
    print(name.ljust(8) + str(price).rjust(6) + str(qty).rjust(5))
print("|" + "title".center(20, "=") + "|")
print("é".center(5, "·"), "🐍".rjust(3, "~"))
