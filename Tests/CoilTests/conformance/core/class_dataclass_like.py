class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for key, value in kwargs.items():
            if key not in self.fields:
                raise TypeError(f"unknown field {key!r}")
            if key in values:
                raise TypeError(f"duplicate value for {key!r}")
            values[key] = value
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for key in self.fields:
            setattr(self, key, values[key])

    def _astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash(self._astuple())

    def __lt__(self, other):
        return self._astuple() < other._astuple()

    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.fields}
        values.update(changes)
        return type(self)(**values)

class Point(Record):
    fields = ("x", "y")

class Employee(Record):
    fields = ("name", "dept", "salary")

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.replace(y=5), p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[Point(0, 0)])
staff = [
    Employee("Ann", "eng", 120),
    Employee(name="Bob", dept="ops", salary=90),
    Employee("Cid", salary=100, dept="eng"),
]
for e in sorted(staff, key=lambda e: (-e.salary, e.name)):
    print(e)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as err:
        print(type(err).__name__, err)
print(Point(1, 2) == (1, 2))
