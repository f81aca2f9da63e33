def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

for n in (-3, 0, 4):
    print(n, classify(n))

x = 5
y = "big" if x > 3 else "small"
print(y)
print([i if i % 2 else -i for i in range(6)])
print((lambda v: "even" if v % 2 == 0 else "odd")(7))

def side(tag, v):
    print("eval", tag)
    return v

r = side("a", 1) if side("cond", True) else side("b", 2)
print(r)
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
print(1 if [] else 2, 1 if [0] else 2, 1 if "" else 2, 1 if {} else 2)
z = None
print(z if z is not None else "default")
print(abs(-3) if x else 0)
