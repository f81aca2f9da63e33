from modhelper_all import *

print(exported_func(), EXPORTED_CONST, _explicitly_exported)
for name in ["exported_func", "EXPORTED_CONST", "_explicitly_exported", "NOT_EXPORTED", "not_exported_func"]:
    print(name, name in globals())
import modhelper_all
print(modhelper_all.__all__)
print(modhelper_all.NOT_EXPORTED)
