def stub():
    pass

def stub2():
    ...

class Empty:
    pass

class WithDoc:
    """Only a docstring."""

print(stub(), stub2(), Empty.__name__, WithDoc.__doc__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
for _ in range(2):
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
while False:
    pass
x = [1, ..., 3]
print(x)
print(bool(...), repr(Ellipsis), str(...))
