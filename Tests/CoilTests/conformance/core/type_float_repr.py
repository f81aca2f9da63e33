values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e16, 1e15,
          1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1e22, 1e-7, 3.14159,
          2.5, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          float("inf"), float("-inf"), float("nan"), 9007199254740993.0, 0.3, 1.1 * 3,
          123.456, 1234567.0, 12345678.9, 0.1 * 0.1, 4.35, 2 ** 0.5, 1e21, 1e-6]
for v in values:
    print(repr(v), str(v))
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(-0.0 == 0.0, repr(-0.0), repr(0.0 * -1), repr(-0.0 + 0.0), repr(abs(-0.0)))
print(float("inf") > 1e308, float("-inf") < -1e308, float("inf") == float("inf"))
print(float("inf") - float("inf"), float("inf") * 0, float("inf") + 1)
print([0.1] * 3, (0.5, 0.25), {"a": 1.0})
print(str(1e16), str(1.0e15), str(12345678901234567.0))
print(0.1 + 0.7, 0.7 + 0.1 == 0.8, round(0.1 + 0.7, 10))
print(1.0 == 1, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
