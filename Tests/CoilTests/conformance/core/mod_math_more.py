import math
print(math.log(math.e), math.log(1), math.log(8, 2), math.log(100, 10), math.log(2))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(0))
print(math.exp(0), math.exp(1), math.exp(2), math.expm1(0), math.exp(-745) > 0)
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(1))
print(math.sinh(0), math.cosh(0), math.tanh(0))
print(math.sqrt(0.0), math.sqrt(1e-300), math.sqrt(2 ** 100))
print(math.log(2 ** 1000), math.log10(10 ** 300), math.log2(2 ** 2000))
print(math.floor(math.log10(12345)) + 1, math.ceil(math.log2(1000)))
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400), math.inf == float("inf"))
print(round(8 ** (1 / 3), 10), round(math.pow(27, 1 / 3), 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2),
            lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.exp(1000), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
