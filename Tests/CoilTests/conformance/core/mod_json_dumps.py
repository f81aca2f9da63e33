import json
data = {"name": "Coil", "version": 1.5, "tags": ["fast", "small"], "active": True, "parent": None, "count": 3}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2, {"a": []}], separators=(", ", ": ")))
print(json.dumps("héllo 🐍 \"quoted\" \\ \n\t\x01"))
print(json.dumps("héllo 🐍", ensure_ascii=False))
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps(1), json.dumps(1.0), json.dumps(-0.5), json.dumps(1e100), json.dumps(10 ** 20), json.dumps(True), json.dumps(None))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps([[], {}]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps({"nested": {"deeper": {"deepest": [1, [2, [3]]]}}}, indent=1))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(object)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"t": (1, "x")}, default=str), json.dumps({1, 2}, default=sorted))
