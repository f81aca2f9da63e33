counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment(); increment()
print("counter", counter)

def set_new_global():
    global created_later
    created_later = "made inside function"
set_new_global()
print(created_later)

def outer():
    value = "outer"
    def inner():
        nonlocal value
        value = "changed by inner"
    inner()
    return value
print(outer())

def make_accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
acc2 = make_accumulator()
print(acc2(1), acc(0))

def three_levels():
    x = 1
    def middle():
        def innermost():
            nonlocal x
            x += 100
        innermost()
        return x
    return middle()
print(three_levels())

x = "global x"
def shadow():
    x = "local x"
    def reader():
        return x
    return reader()
print(shadow(), x)

def global_and_local():
    global x
    x = "rebound"
global_and_local()
print(x)

def nonlocal_multiple():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
    bump(); bump()
    return a, b
print(nonlocal_multiple())
