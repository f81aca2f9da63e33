class Record:
    kind = "record"
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)

r = Record(name="widget", price=9.99, qty=3)
print(r.__dict__)
print(vars(r) is r.__dict__)
r.__dict__["color"] = "red"
print(r.color)
r.__dict__.update(qty=5, size="L")
print(r.qty, r.size)
del r.__dict__["price"]
print(hasattr(r, "price"), sorted(r.__dict__))
print("kind" in r.__dict__, "kind" in Record.__dict__, r.kind)
print(type(Record.__dict__).__name__)
print([k for k in Record.__dict__ if not k.startswith("__")])
r2 = Record()
print(r2.__dict__)
r2.__dict__ = {"replaced": True}
print(r2.replaced, vars(r2))
print(r.__class__ is Record, r.__class__.__name__)
def as_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
r._secret = 1
print(as_dict(r))
