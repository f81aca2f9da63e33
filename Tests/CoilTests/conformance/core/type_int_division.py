pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:>3} {b:>3}  // {a // b:>3}  % {a % b:>3}  divmod {divmod(a, b)}  / {a / b}")
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(5, -1, 7))
print(7 / 7, type(7 / 7).__name__, 10 / 4, -10 / 4, 1 / 3)
print(2 ** 31 // 2, -(2 ** 31) // 3)
print(abs(-5), abs(5), -abs(-5))
print(int(3.9), int(-3.9), int(3.0), int(-0.5), int(1e20))
print(round(7 / 2), round(-7 / 2), 9 // 4, -9 // 4)
print(divmod(7.5, 2), divmod(-7.5, 2))
