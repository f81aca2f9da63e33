def f(a, b):
    return a + b

def g(a, b=2, *, c):
    return a + b + c

def h():
    return 0

class K:
    def method(self, x):
        return x

def check(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

check("too many", lambda: f(1, 2, 3))
check("missing one", lambda: f(1))
check("missing two", lambda: f())
check("unexpected kw", lambda: f(1, 2, z=3))
check("multiple values", lambda: f(1, a=2))
check("kw only missing", lambda: g(1))
check("g too many", lambda: g(1, 2, 3))
check("h takes 0", lambda: h(1))
check("h kw", lambda: h(x=1))
check("method too many", lambda: K().method(1, 2))
check("method missing", lambda: K().method())
check("unbound missing", lambda: K.method())
ident = lambda x: x
check("lambda too many", lambda: ident(1, 2))

def three(a, b, c):
    pass
check("missing three", lambda: three())
check("missing b c", lambda: three(1))
def kw_two(*, x, y):
    pass
check("missing kw two", lambda: kw_two())
def opt(a, b=1):
    pass
check("range", lambda: opt(1, 2, 3))
check("range missing", lambda: opt())
number, text, nothing = 5, "abc", None
check("not callable", lambda: number())
check("str not callable", lambda: text())
check("None not callable", lambda: nothing())
items = [1, 2]
check("list not callable", lambda: items(0))
check("builtin args", lambda: len(1, 2))
check("int base", lambda: int("10", 2, 3))
