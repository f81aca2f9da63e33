try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e)
def uses_missing():
    return missing_global + 1
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
try:
    Print("typo")
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
class Box:
    try:
        print(inside_class_missing)
    except NameError as e:
        print("class body:", e)
def later_defined():
    return helper()
try:
    later_defined()
except NameError as e:
    print(type(e).__name__, e)
def helper():
    return "now defined"
print(later_defined())
