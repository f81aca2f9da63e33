# Recursive Fibonacci: function call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# Computed twice so that the run lasts long enough to measure.
results = [fib(30) for _ in range(2)]
print('fib(30) =', results[0], results[0] == results[1])
