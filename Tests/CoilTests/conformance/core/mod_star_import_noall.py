from modhelper_noall import *

print(PUBLIC_CONST, public_func(), PublicClass.__name__, area(2))
for name in ["PUBLIC_CONST", "public_func", "PublicClass", "area", "_private_const", "_private_func", "_math"]:
    print(name, name in globals())
import modhelper_noall
print(modhelper_noall._private_func(), hasattr(modhelper_noall, "__all__"))
