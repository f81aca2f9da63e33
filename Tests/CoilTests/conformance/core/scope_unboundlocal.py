count = 0

def broken_increment():
    count += 1
    return count

try:
    broken_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))

def read_then_assign():
    print(value)
    value = 5

value = "global"
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def conditional(flag):
    if flag:
        result = "assigned"
    return result

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def deleted():
    item = 1
    del item
    return item
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def outer():
    n = 0
    def inner():
        n += 1
    inner()
try:
    outer()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def enclosing_free_var():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
enclosing_free_var()
