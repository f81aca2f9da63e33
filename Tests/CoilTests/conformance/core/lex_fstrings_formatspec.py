value = 3.14159265
n = 1234567
s = "text"
width, precision = 12, 3
print(f"[{value:.2f}]")
print(f"[{value:10.3f}]")
print(f"[{value:<10.1f}]")
print(f"[{value:^10.2f}]")
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:{width}.{precision}}]")
print(f"[{n:,}]")
print(f"[{n:_}]")
print(f"[{n:>15,}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}]")
print(f"[{n:#x}] [{n:#o}] [{n:#b}]")
print(f"[{s:>8}] [{s:<8}] [{s:^8}] [{s:*^9}]")
fill = "-"
align = "^"
print(f"[{s:{fill}{align}{width}}]")
print(f"[{-42:+d}] [{42:+d}] [{42: d}] [{-42: d}]")
print(f"[{0.5:%}] [{0.125:.1%}]")
print(f"[{1e6:e}] [{1e6:.2E}] [{123.456:g}] [{0.00001234:g}]")
print(f"[{42:08.2f}] [{-3.5:08.2f}]")
print(f"[{True}] [{True:d}] [{None!s:>6}]")
spec = ">10"
print(f"[{s:{spec}}]")
print(f"[{n:{'' if n < 0 else ','}}]")
print(f"[{'abc':.2}]")
print(f"[{12:=+6}]")
