class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"

t = Thing()
s = "café"
print(f"{t}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t!a}")
print(f"{s!r} {s!s} {s!a}")
q = "it's"
print(f"{q!r}")
e = "emoji 😀"
print(f"{e!a}")
print(f"{42!r} {3.5!s} {None!r}")
print(f"{t!r:>12}|")
print(f"{s!r:*^12}|")
print(f"{[1, 'a']!s}")
b = b"bytes"
print(f"{b}")
print(f"{b!r}")
