def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)

print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3))
print(pos_only(1, 2, 3, d=5))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

def with_kwargs(a, /, **kwargs):
    return a, kwargs
print(with_kwargs(1, a=2))

def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(all_kinds(1, d=4))
print(all_kinds(1, 20, 30, 40, 50, d=4, f=6))
print(all_kinds(1, c=7, d=8, e=9))

def default_posonly(x=1, /):
    return x
print(default_posonly(), default_posonly(9))
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print(type(e).__name__, e)
