print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 3))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2, True]))
print(sum(x for x in range(10) if x % 2), sum([1, 2, 3], start=-6))
print(any([False, 0, 1]), any([]), any(x > 3 for x in [1, 2, 5]), any(""))
print(all([True, 1, "a"]), all([]), all(x > 0 for x in [1, -1]), all([[]]))
def check(v):
    print("  checking", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
nums = [4, 8, 15, 16, 23, 42]
print(all(n % 2 == 0 for n in nums), any(n > 40 for n in nums), sum(n for n in nums if n % 2 == 0))
print(abs(-7), abs(7.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), pow(2, 8), pow(2, 8, 10), pow(4, 0.5))
print(round(3.14159, 2), round(2.5), round(-1.5), round(12345, -2), round(0.5 + 1))
print(sum([0.1, 0.2, 0.3]) == 0.6, sum([1e100, 1.0, -1e100]))
