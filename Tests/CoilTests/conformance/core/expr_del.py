x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[0]
print(lst)
del lst[-1], lst[0]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    pass
o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def func():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(func())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
