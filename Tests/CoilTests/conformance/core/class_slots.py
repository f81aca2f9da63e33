class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
print(p.moved(1, 1))
print(Point.__slots__)
print([Point(i, i * i) for i in range(3)])

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"
print(Point3(1, 2, 3))
pts = sorted([Point(3, 1), Point(1, 2), Point(2, 0)], key=lambda q: q.x)
print(pts)
print(getattr(p, "y"), hasattr(p, "x"))
