name = "World"
n = 7
items = [1, 2, 3]
d = {"key": "value", "n": 3}
print(f"Hello, {name}!")
print(F"upper prefix {n}")
print(f"{n + 1} {n * 2} {n ** 2} {n // 2} {n % 3}")
print(f"{items[0]} {items[-1]} {items[1:]}")
print(f"{d['key']} {d['n'] * 2}")
print(f"{len(items)} {sum(items)} {max(items)}")
print(f"{'nested quotes'}")
print(f'{"double inside single"}')
print(f"{{literal braces}} {{{n}}}")
print(f"{name.upper()} {name.lower()!r}")
print(f"{n if n > 5 else 0} {'big' if n > 100 else 'small'}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(n)}")
print(f"{n}{n}{n}")
print(f"")
print(f"{3.0} {None} {True} {[]} {()}")
obj = {"a": [1, {"b": 2}]}
print(f"{obj['a'][1]['b']}")
print(rf"raw {name}\n", fr"\t{n}")
width = 10
print(f"[{name:>{width}}]")
print(f"[{n:0{width}d}]")
x = 5
print(f"{x}" f"{x + 1}" "plain")
print(f"{'a' 'b'}")
print(f"{x:{'>'}{4}}")
print(f"""triple {name}
second line {n}""")
print(f"{','.join(str(i) for i in items)}")
print(f"{-n} {+n} {~n} {not n}")
print(f"{ n }")
print(f"{ {'a': 1}['a'] }")
