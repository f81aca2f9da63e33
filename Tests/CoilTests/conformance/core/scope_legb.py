x = "global"
len_backup = len

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()

print(outer())
print(x)

def reads_global():
    return x
print(reads_global())

def shadow_builtin():
    len = lambda obj: "shadowed len"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))

def uses_builtin():
    return max([3, 7, 2])
print(uses_builtin())

max = lambda *a: "global max shadows builtin"
print(uses_builtin())
del max
print(uses_builtin())

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(level1())

y = 10
def param_shadows(y):
    return y * 2
print(param_shadows(3), y)

def loop_var_scope():
    for i in range(3):
        pass
    return i
print(loop_var_scope())
def conditional_binding(flag):
    if flag:
        value = "set"
    return value
print(conditional_binding(True))
import builtins
print(builtins.len("abc"), builtins.__name__)
