module_level = "global value"
def show_locals(a, b=2):
    c = a + b
    names = locals()
    return sorted(names.items())
print(show_locals(1))
print("module_level" in globals(), globals()["module_level"])
print(globals()["__name__"], "__builtins__" in globals(), "show_locals" in globals())
globals()["injected"] = 42
print(injected)
def outer():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
def uses_closure():
    y = 5
    def inner():
        return y, sorted(locals())
    return inner()
print(uses_closure())
print(locals() is globals())
class Body:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names)
def modify_globals():
    g = globals()
    g["counter_from_func"] = g.get("counter_from_func", 0) + 1
modify_globals(); modify_globals()
print(counter_from_func)
print(type(globals()).__name__, type(locals()).__name__)
