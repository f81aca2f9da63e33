import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.7, -2.5, 10.0, 100.0, 1e-10, 1e10, 0.1, 0.3333, 7.25, -7.25, 1e300, 710.0, -745.5]
names = ["sqrt", "exp", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "gamma", "lgamma", "log", "log2", "log10", "degrees", "radians",
         "floor", "ceil", "trunc", "modf", "frexp", "isnan", "isinf", "isfinite", "cbrt", "exp2", "ulp"]
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + e.args[0])
    print(n, " ".join(out))
pairs = [(2.0, 3.0), (-8.0, 1.0/3), (0.0, -1.0), (10.0, 400.0), (1.5, -2.5), (-2.0, 0.5), (7.0, 3.0), (-7.0, 3.0), (5.5, -2.0), (1e308, 10.0), (3.0, 0.0), (0.0, 0.0)]
for n in ["pow", "atan2", "copysign", "fmod", "remainder", "hypot", "nextafter", "log"]:
    f = getattr(math, n)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ":" + e.args[0])
    print(n, " ".join(out))
for g in [0.5, 1.5, 2.5, 5.3, 10.1, 30.7, 150.3, 171.5, -0.5, -1.5, -3.7, -150.2, 1e-25, 201.0, -201.5]:
    try:
        print(g, repr(math.gamma(g)), repr(math.lgamma(g)))
    except (ValueError, OverflowError) as e:
        print(g, type(e).__name__, e)
print(math.hypot(1.1, 2.2, 3.3, 4.4), math.hypot(3e-320, 4e-320), math.hypot(1e308, 1e308), math.hypot(-5))
print(math.dist((1, 2, 3), (4.5, 6.1, -2)), math.dist([1.1], [2.2]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([1, 1e-16, 1e-16]))
print(math.fsum([1e16, 1., 1e-16]), math.fsum([0.1]*10), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([-0.0]))
print(math.log(10, 3), math.log(2**3000, 2), math.log10(10**500), math.log(7**200))
print(math.isclose(1e-10, 0.0), math.isclose(1.0, 1.0+1e-10))
print(math.ldexp(1.0, 1024) if False else math.ldexp(3.0, -1080), math.ldexp(1.5, 10))
print(math.gcd(0, 0), math.gcd(-12), math.lcm(0, 5), math.lcm(-4, 6), math.lcm())
print(math.comb(10, 3), math.comb(100, 2), math.perm(7, 3), math.comb(30, 15), math.isqrt(99), math.isqrt(10**18))
print(math.prod([2.5, 4]), math.prod([2, 3], start=0.5), math.floor(-3.5), math.ceil(1e15 + 0.5))
import random
random.seed(99)
out = []
for i in range(3000):
    n = random.randint(2, 6)
    v = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(n)]
    out.append(math.hypot(*v))
    out.append(math.fsum(v + [random.uniform(-1e10, 1e10)]))
    out.append(math.dist(v, v[::-1]))
    x = random.uniform(0.01, 170)
    out.append(math.gamma(x)); out.append(math.lgamma(-x if random.random() < 0.5 else x))
    out.append(math.log(random.randint(1, 10**40), random.randint(2, 100)))
print(hash(tuple(out)), len(out))
print(out[:12])
print(math.factorial(500) % 1000003, math.comb(1000, 500) % 999983, math.perm(100, 50) % 99991, math.comb(10**20, 3) % 1000, math.isqrt(10**100 + 12345))
