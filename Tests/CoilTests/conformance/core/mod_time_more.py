import time
g = time.gmtime(0)
print(g, g.tm_year, g[0], len(g), type(g).__name__, tuple(g), g.tm_zone, g.tm_gmtoff)
g2 = time.gmtime(1700000000.9)
print(g2, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %A %B %%", g2))
print(time.asctime(g2), time.asctime(time.gmtime(86400 * 400)), time.strftime("%d/%m/%y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_mday, st == (2020, 1, 2, 3, 4, 5, 6, 7, 0))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.strftime("%Y", time.gmtime(2**31)), time.gmtime(-86400)[:3])
t0 = time.perf_counter_ns(); time.sleep(0.001); print(time.perf_counter_ns() - t0 > 500000, time.monotonic_ns() > 0, time.process_time() >= 0, isinstance(time.thread_time(), float))
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
lt = time.localtime(1700000000)
print(time.mktime(lt), time.ctime(1700000000) == time.asctime(lt), type(time.timezone).__name__, len(time.tzname))
