print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("🐍"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128013), repr(chr(0)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "abcz"])
print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(bin(255)[2:].zfill(10), hex(3054)[2:].upper(), int(hex(999), 16), int(bin(77), 2), int(oct(64), 8))
print(format(255, "x"), format(255, "#x"), f"{255:08b}", "%x" % 255)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(50))[Idx()])
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
