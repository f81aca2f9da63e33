X = 2  # helper for class_module_attr_cache.py
def f(a):
    return ("modB.f", a)
def __getattr__(name):
    return "modB.__getattr__(%s)" % name
