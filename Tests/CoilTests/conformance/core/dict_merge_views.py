defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "gift": True}
merged = defaults | overrides
print(merged)
print(overrides | defaults)
print(defaults)
config = dict(defaults)
config |= overrides
config |= [("qty", 5)]
print(config)
print({**defaults, **overrides} == defaults | overrides)
try:
    defaults | [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
inventory = {"apples": 5, "pears": 0, "plums": 7}
for name in inventory:
    print("key:", name)
for name, qty in inventory.items():
    print(f"{name}={qty}")
for qty in inventory.values():
    print("qty", qty)
in_stock = {k: v for k, v in inventory.items() if v > 0}
print(in_stock)
keys_view = inventory.keys()
print(list(keys_view), "apples" in keys_view)
del inventory["pears"]
print(list(keys_view), len(keys_view))
print(inventory.keys() == {"apples", "plums"}, inventory.items() >= {("apples", 5)})
print(sorted(inventory.values()), list(map(str.upper, inventory)))
print(dict(sorted(inventory.items(), key=lambda kv: -kv[1])))
a = {"x": 1}
b = a
b["y"] = 2
print(a)
print(list(zip(inventory.keys(), inventory.values())))
print({k: v for k, v in zip("ab", [1, 2])} | {"c": 3})
