sales = [
    ("North", "Widgets", 1200, 4.99),
    ("North", "Gadgets", 340, 19.5),
    ("South", "Widgets", 980, 4.99),
    ("South", "Gizmos", 45, 129.0),
    ("East", "Gadgets", 1500, 18.75),
    ("West", "Widgets", 0, 4.99),
    ("East", "Gizmos", 12, 135.25),
]

headers = ("Region", "Product", "Units", "Price", "Revenue")
rows = [(r, p, u, pr, u * pr) for r, p, u, pr in sales]
widths = [max(len(h), 8) for h in headers]
widths[1] = max(len(r[1]) for r in rows) + 2
widths[4] = 10

def line(char="-"):
    return "+" + "+".join(char * (w + 2) for w in widths) + "+"

print(line("="))
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(line("="))
for region, product, units, price, revenue in rows:
    cells = [region.ljust(widths[0]), product.ljust(widths[1]), f"{units:>{widths[2]},}",
             f"{price:>{widths[3]}.2f}", f"{revenue:>{widths[4]},.2f}"]
    print("| " + " | ".join(cells) + " |")
print(line())
total_units = sum(r[2] for r in rows)
total_rev = sum(r[4] for r in rows)
print("| " + "TOTAL".ljust(widths[0] + widths[1] + 3) + f" | {total_units:>{widths[2]},} | {'':>{widths[3]}} | {total_rev:>{widths[4]},.2f} |")
print(line("="))

by_region = {}
for region, _, _, _, revenue in rows:
    by_region[region] = by_region.get(region, 0) + revenue
print()
print("Revenue share by region")
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total_rev
    bar = "#" * round(share * 40)
    print(f"  {region:<6} {rev:>10,.2f} {share:>7.2%} {bar}".rstrip())
print()
print("%-8s|%8s|%10s" % ("product", "units", "avg price"))
products = sorted({p for _, p, _, _, _ in rows})
for p in products:
    matching = [r for r in rows if r[1] == p]
    units = sum(r[2] for r in matching)
    avg = sum(r[3] for r in matching) / len(matching)
    print("%-8s|%8d|%10.3f" % (p, units, avg))
print("{:*^40}".format(" end of report "))
print(f"{'zero-unit rows:':<20}{sum(1 for r in rows if r[2] == 0):>3}")
print(f"{'max revenue:':<20}{max(rows, key=lambda r: r[4])[:2]}")
print(f"{'scientific:':<20}{total_rev:.3e} {total_rev:g} {total_units:#x} {total_units:b}")
