# Integer and float arithmetic in while/for loops (~5M iterations in total).
def int_loop(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7 + 3) % 11 - (i >> 2) + (i & 15)
        i += 1
    return total


def float_loop(n):
    x = 0.0
    acc = 0.0
    step = 1.0 / n
    for _ in range(n):
        x += step
        acc += x * x * 0.5 - x / 3.0
    return acc


ints = int_loop(2_500_000)
floats = float_loop(2_500_000)
print('int_loop =', ints)
print('float_loop = %.6f' % floats)
