def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total())
print(total(1))
print(total(1, 2, 3))

def describe(**info):
    for key, value in info.items():
        print(f"  {key} = {value!r}")
    return len(info)

print(describe(name="Coil", version=1, tags=["a", "b"]))
print(describe())

def mixed(first, *rest, flag=False, **options):
    return first, rest, flag, options
print(mixed(1))
print(mixed(1, 2, 3, flag=True, color="red"))
print(mixed(*[1, 2], **{"flag": 1, "x": None}))

def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward("a", "b", size=3))

def modify(*args):
    args = list(args)
    args.append("extra")
    return args
t = (1, 2)
print(modify(*t), t)

def kwargs_copy(**kw):
    kw["added"] = True
    return kw
d = {"orig": 1}
print(kwargs_copy(**d), d)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
