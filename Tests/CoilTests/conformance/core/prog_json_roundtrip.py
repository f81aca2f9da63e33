import json

catalog = {
    "store": "Coil Books",
    "open": True,
    "rating": 4.75,
    "address": None,
    "books": [
        {"id": 1, "title": "Learning Coil", "authors": ["Ada", "Grace"], "price": 39.99, "tags": ["programming"]},
        {"id": 2, "title": "Café Stories", "authors": ["José"], "price": 12.5, "tags": []},
        {"id": 3, "title": "Numbers", "authors": [], "price": 0, "tags": ["math", "big"], "isbn": 9780000000002},
    ],
    "stats": {"visits": 10 ** 12, "ratio": 0.1, "negative": -7, "nested": {"deep": [[1, 2], [3, [4, {"x": "y"}]]]}},
}

compact = json.dumps(catalog, separators=(",", ":"))
pretty = json.dumps(catalog, indent=2, sort_keys=True)
print(len(compact), len(pretty.splitlines()))
print(compact[:80])
restored = json.loads(compact)
print(restored == catalog)
print(json.loads(pretty) == catalog)
print(restored["books"][1]["title"], restored["stats"]["nested"]["deep"][1][1][1]["x"])
print(type(restored["stats"]["visits"]).__name__, type(restored["books"][2]["price"]).__name__)
tuple_data = {"point": (1, 2), "keys": {1: "one"}}
back = json.loads(json.dumps(tuple_data))
print(back, back == tuple_data)
path = "/tmp/coil_conf_json_roundtrip.json"
with open(path, "w", encoding="utf-8") as f:
    json.dump(catalog, f, indent=1, ensure_ascii=False)
with open(path, encoding="utf-8") as f:
    from_file = json.load(f)
print(from_file == catalog)
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[0], lines[1])
print([l for l in lines if "Caf" in l])
import os
os.remove(path)
total = sum(b["price"] for b in restored["books"])
print(f"total price: {total:.2f}")
by_tag = {}
for book in restored["books"]:
    for tag in book["tags"] or ["untagged"]:
        by_tag.setdefault(tag, []).append(book["id"])
print(json.dumps(by_tag, sort_keys=True))
print(pretty[:200])
