import json
text = '{"name": "Coil", "nums": [1, 2.5, -3, 1e3, 0.1], "ok": true, "bad": false, "none": null, "nested": {"a": {"b": [{}]}}}'
obj = json.loads(text)
print(obj)
print(type(obj["nums"][0]).__name__, type(obj["nums"][1]).__name__, type(obj["nums"][3]).__name__)
print(obj["nested"]["a"]["b"][0], obj["ok"] is True, obj["none"] is None)
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\udc0d \\n\\t\\"\\\\ \\/"'))
print(json.loads("123"), json.loads("-0.0"), json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("null"))
print(json.loads("12345678901234567890123"), json.loads("1E2"), json.loads("  [1 , 2]  "))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"z": 1, "a": 2}'))
print(json.loads('["héllo", "🐍"]'))
print(json.loads(b'{"bytes": "ok"}'))
for bad in ["{'single': 1}", "[1, 2,]", "", "{\"a\" 1}", "tru", "[1] x", '{"a": }', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
