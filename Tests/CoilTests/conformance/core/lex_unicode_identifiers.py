# Non-ASCII identifiers are allowed.
变量 = 1
café = 2
naïve_count = 3
Δx = 0.5
π = 3.14159
print(变量, café, naïve_count, Δx, π)

def grüße(name):
    return "Hallo, " + name

print(grüße("Welt"))

class Über:
    größe = 10
    def __init__(self):
        self.ñ = "eñe"

u = Über()
print(Über.größe, u.ñ)
print(Über.__name__, grüße.__name__)

# Identifiers with digits and underscores
_private = 1
__dunder_like = 2
x1_y2 = 3
print(_private, __dunder_like, x1_y2)

# Unicode in strings, indexing counts code points
s = "café"
print(len(s), s[3], s.upper())

print("变量" in globals(), "café" in globals())
print("isidentifier:", "变量".isidentifier(), "café".isidentifier(), "1abc".isidentifier())
