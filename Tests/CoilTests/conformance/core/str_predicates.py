tests = ["abc", "ABC", "Abc", "abc123", "123", "1.5", "", " ", "\t\n", "Hello World", "hello World",
         "_name", "2name", "name_2", "class", "x y", "½", "٣", "Ⅷ", "éa", "A1B2", "  a  "]
print("value isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isprintable isascii")
for t in tests:
    flags = [t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
             t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii()]
    print(repr(t).ljust(14), " ".join("T" if f else "." for f in flags))
print("\x00".isprintable(), "é\n".isprintable())
