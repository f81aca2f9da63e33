def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("example.com"))
print(connect("example.com", port=443, secure=True))
print(connect(secure=True, host="h"))
try:
    connect("example.com", 8080)
except TypeError as e:
    print(type(e).__name__, e)

def required_kw(*, name, age):
    return f"{name} is {age}"
print(required_kw(age=30, name="Ann"))
try:
    required_kw(name="Ann")
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw("Ann", 30)
except TypeError as e:
    print(type(e).__name__, e)

def after_args(*values, sep=", "):
    return sep.join(str(v) for v in values)
print(after_args(1, 2, 3))
print(after_args(1, 2, 3, sep="-"))
print(connect.__kwdefaults__, connect.__defaults__)
print(required_kw.__kwdefaults__)
