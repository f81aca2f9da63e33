class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        if spec:
            return format(self.amount, spec) + " " + self.currency
        return str(self)

m = Money(12.5)
print(m)
print(repr(m))
print(str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>10.1f}")
print("{} | {!r} | {:short}".format(m, m, m))
print(format(m, "08.3f"), format(m))
print("%s and %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", format(o))

class OnlyStr:
    def __str__(self):
        return "only str"
s = OnlyStr()
print(s, f"{s}")
print(repr(s).startswith("<__main__.OnlyStr object at "))
try:
    format(s, "10")
except TypeError as e:
    print(type(e).__name__, e)

class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([1, "two"])]))
print(str(["a", 1.0, None, True]), repr("x"), str("x"))
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __str__(self):
        return f"card {self.rank}"
print([str(Card(1))], str(Card(2)))
