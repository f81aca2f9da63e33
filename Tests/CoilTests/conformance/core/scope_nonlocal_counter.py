def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def current():
        return count
    return increment, reset, current

inc, reset, current = make_counter()
print(inc(), inc(), inc(), current())
reset()
print(current(), inc())
inc10, _, cur10 = make_counter(100, 10)
print(inc10(), inc10(), cur10(), current())

def bank():
    balance = 0
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("failed", amount))
            return None
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    return deposit, withdraw, history

dep, wd, hist = bank()
print(dep(50), wd(20), wd(100), dep(5))
print(hist)

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        value = a
        a, b = b, a + b
        return value
    return nxt
f = fib_gen()
print([f() for _ in range(10)])
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
        inner(); inner()
    middle()
    return x
print(outer())
