import math
def attempt(label, thunk):
    try:
        print(label, "=", thunk())
    except (OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

big = 10 ** 400
attempt("float(10**400)", lambda: float(big))
attempt("10**400 / 1", lambda: big / 1)
attempt("10**400 * 1.0", lambda: big * 1.0)
attempt("math.exp(1000)", lambda: math.exp(1000))
attempt("math.exp(700)", lambda: math.exp(700) > 1e300)
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("math.pow(10, 400)", lambda: math.pow(10, 400))
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("int(float('inf'))", lambda: int(float("inf")))
attempt("int(float('nan'))", lambda: int(float("nan")))
attempt("math.sqrt(-1)", lambda: math.sqrt(-1))
attempt("math.log(0)", lambda: math.log(0))
attempt("math.log(-1)", lambda: math.log(-1))
attempt("10**400 // 10**399", lambda: big // 10 ** 399)
attempt("round(1e308, -400)", lambda: round(1e308, -400))
attempt("(10**400) % 7", lambda: big % 7)
attempt("math.factorial(-1)", lambda: math.factorial(-1))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("float('1e500')", lambda: float("1e500"))
