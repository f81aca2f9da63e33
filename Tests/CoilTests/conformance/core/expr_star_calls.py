def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, 4))
print(show(*nums, *"ab"))
print(show(**opts))
print(show(a=1, **opts, z=2))
print(show(*nums, **opts))
print(show(*(), **{}))
print(*nums)
print(*nums, sep=", ")
print(*"abc", **opts)
print()

def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]))
print(point(*[1], **{"y": 5}))
print(point(**{"x": 1, "y": 2, "z": 3}))
print(point(*range(3)))
print(point(1, *(2,), **{"z": 9}))
d1 = {"x": 1}
d2 = {"y": 2}
print(point(**d1, **d2))
try:
    point(**{"x": 1}, **{"x": 2, "y": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
gen = (i * i for i in range(4))
print(show(*gen))
