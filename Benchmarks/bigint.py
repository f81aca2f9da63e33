# Big integer arithmetic: factorials, powers, and str() of large numbers.
import sys

# CPython 3.11 limits int<->str conversion to 4300 digits by default.
sys.set_int_max_str_digits(0)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


for n in (2000, 3000, 4000, 5000):
    f = factorial(n)
    digits = str(f)
    print(n, len(digits), digits[:15], len(digits) - len(digits.rstrip('0')), f % 1000003)

p = 3 ** 100000
s = str(p)
print(len(s), s[:20], s[-20:])
q = p * p + f
t = str(q)
print(len(t), t[:20], t[-20:])
print(p % 1000003, (p // f) % 97, (f * p) % 999983, int(t[::7][:40]) % 12345)
print(sum(int(c) for c in s[:5000]), int(s[:30]) + int(digits[:30]))
