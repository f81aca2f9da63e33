def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins over exception"
print(swallow())

def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally x =", x)
print(finally_sees_value())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            print("breaking at", i)
            break
    return "after loop"
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skip me")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally with n =", n)
print(counter())
