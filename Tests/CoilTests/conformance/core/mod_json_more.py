import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "h\u00e9llo\n\"q\"", "d": {}}))
print(json.dumps([1, 2, {"x": [3, {"y": []}]}], indent=2))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent="\t"))
print(json.dumps("\U0001F600 \u2603 \x7f \x01", ensure_ascii=True), json.dumps("\U0001F600 \u2603", ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps((1, 2)), json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, [2]], indent=0))
print(json.dumps(10**30), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(1.0))
try:
    json.dumps(set())
except TypeError as e:
    print("TypeError", e.args[0])
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e.args[0])
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e.args[0])
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e.args[0])
class P:
    def __init__(self, x): self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: {"P": o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P): return ["P", o.x]
        return super().default(o)
print(json.dumps({"p": P(3)}, cls=Enc), Enc(indent=1).encode([P(4)]))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n", "c": {}}'))
print(json.loads("123456789012345678901234567890"), json.loads(" -0.5 "), json.loads('"x"'), json.loads("[]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=lambda s: "F" + s), json.loads('[7]', parse_int=lambda s: int(s) * 2))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"x": 1}'))
for s in ["", " ", "[1,]", "[1", '{"a":1,}', '{"a" 1}', "{1:2}", '"abc', '"a\\x"', '"\\u12"', '[1] x', "nul", "-", "01", "1.e5", '"a\nb"', "[\n1,\n2,\nx]", '["\u00e9", x]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), e.args[0], e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e.args[0])
print(json.decoder.JSONDecoder().raw_decode('{"a": 1} rest'))
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, JSONDecodeError)
from collections import OrderedDict, Counter
print(json.dumps({"a": [], "b": {}, "c": [{}], "d": [[]]}, indent=2))
print(json.dumps({"a": [1, {"b": 2}]}, indent=3, separators=(", ", " = ")))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(Counter("aab")), json.dumps({"k": (1, 2)}))
print(json.dumps([1.5e300, 1e-7, 123456789.123, 2.0**60, -1e16, 5e-324]))
print(json.dumps({2: "a", 1: "b"}, sort_keys=True), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(e)
try:
    json.dumps([1, object()])
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
json.dump({"x": [1, 2]}, w)
print("".join(w.parts))
class R:
    def read(self): return '{"y": [true, null]}'
print(json.load(R()))
print(json.loads('"\\u0041\\u00e9\\u4e2d\\ud834\\udd1e"'), json.loads('"\\/\\b\\f\\n\\r\\t"'), json.loads("[1e5, 1E-2, -0.0, 0]"))
print(json.loads(' {"a" : [ 1 , 2 ] } '), json.loads("1" * 40), json.loads('{"__proto__": 1}'))
print(json.dumps("\u2028\u0000\u001f"), json.dumps("é", ensure_ascii=False), json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.loads('"a\tb"', strict=False), repr(json.loads('{"a": "b"}', object_pairs_hook=OrderedDict)))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(3), json.dumps([]), json.dumps({}))
print(json.dumps({"a": 1}, indent=-1), json.dumps([1, 2], indent=""), json.dumps({True: 1, False: 2, None: 3, 1.5: 4}))
print(json.loads("[-1.0e+2, 0.5]", parse_float=str), json.loads('{"a": NaN}', parse_constant=lambda s: "C:" + s))
d = json.JSONDecoder()
print(d.decode('[1]'), d.raw_decode('[1, 2]xyz'))
e = json.JSONEncoder(sort_keys=True, indent=1)
print(e.encode({"b": 1, "a": [1]}), list(e.iterencode([1])))
class P:
    def write(self, s): print(repr(s), end="|")
json.dump({"a": [1, "x", [2, {}], {"b": None}], "c": {}}, P()); print()
json.dump({"a": [1, "x", [2, {}], {"b": None}], "c": {}}, P(), indent=2); print()
json.dump([1, object()], P(), default=lambda o: 5); print()
json.dump([object(), [object()]], P(), default=lambda o: [7]); print()
json.dump("s", P()); json.dump(3.5, P()); json.dump([], P()); print()
print(list(json.JSONEncoder(indent=2).iterencode({"k": [1, 2]})))
print(list(json.JSONEncoder(separators=("", ":")).iterencode([1, [2], 3])))
