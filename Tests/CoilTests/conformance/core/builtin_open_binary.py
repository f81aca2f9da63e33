import os
path = "/tmp/coil_conf_open_binary.bin"
payload = bytes(range(0, 256, 15)) + "é🐍".encode("utf-8")
with open(path, "wb") as f:
    print(f.write(payload))
with open(path, "rb") as f:
    data = f.read()
print(data == payload, len(data), type(data).__name__, data[:4], data[-4:])
with open(path, "rb") as f:
    print(f.read(3), f.read(2), len(f.read()))
with open(path, "ab") as f:
    f.write(b"\x00tail")
with open(path, "rb") as f:
    print(f.read()[-5:])
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.read()))
os.remove(path)
