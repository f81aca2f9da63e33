X = 1  # helper for class_module_attr_cache.py
def f(a):
    return ("modA.f", a)
