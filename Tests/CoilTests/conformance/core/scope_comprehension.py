x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
evens = {n for n in range(6) if n % 2 == 0}
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
mapping = {k: v for k, v in [("a", 1)]}
print("k" in globals(), "v" in globals())
gen = (i for i in range(3))
print(list(gen), "i" in globals())
def func():
    total = 10
    return [total + j for j in range(3)]
print(func())
class K:
    factor = 3
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"
    first = [i for i in range(factor)]
print(K.scaled, K.first)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
y = 5
print([y for _ in range(2)], [(y := y + 1) for _ in range(2)], y)
