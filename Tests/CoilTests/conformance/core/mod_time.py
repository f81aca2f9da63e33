import time
start = time.time()
print(type(start).__name__, start > 1_600_000_000)
time.sleep(0.01)
elapsed = time.time() - start
print(elapsed >= 0.005, elapsed < 5)
p = time.perf_counter()
print(type(p).__name__, time.perf_counter() >= p)
m = time.monotonic()
print(type(m).__name__, time.monotonic() >= m)
print(type(time.time_ns()).__name__, time.time_ns() > 0)
t0 = time.time()
total = sum(range(10000))
print(total, time.time() >= t0)
