# Adjacent string literal concatenation.
print("abc" "def")
print("abc" 'def' """ghi""")
x = ("one "
     "two "
     "three")
print(x)
print(r"\n" "\n".__len__())
print(b"by" b"tes")
name = "Ada"
print("Hello, " f"{name}" "!")
print(f"{name}" f"{name.lower()}" "-end")
msg = ("line1\n"
       "line2\n"
       'line3')
print(msg)
print(len("a" "b" "c"))
print(("a" "b") * 2)
