x: int = 5
y: str
z: list[int] = [1, 2]
name: "forward ref" = "value"
print(x, z, name)
print(__annotations__)
print("y" in globals(), "x" in globals())
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
count: int
count = 3
print(count, __annotations__["count"])

class Point:
    x: int
    y: int = 0
    label: str = "origin"

print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))

def f(a: int, b: "str" = "b", *args: float, c: bool = True, **kw: dict) -> None:
    local_var: int = 1
    return local_var

print(f.__annotations__)
print(f(1))
obj = Point()
obj.x: int = 9
print(obj.x)
d = {}
d["key"]: str = "val"
print(d)
