class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)

p = Playlist(["a", "b"])
print(len(p), bool(p), bool(Playlist([])))
if not Playlist([]):
    print("empty playlist is falsy")

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on

print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no")
print(Flag(False) or "fallback")
print(not Flag(True))

class Both:
    def __len__(self):
        print("  __len__")
        return 0
    def __bool__(self):
        print("  __bool__ wins")
        return True
print(bool(Both()), len(Both()))

class Neither:
    pass
print(bool(Neither()))

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
while Playlist(p.songs):
    p.songs.pop()
    print("popped, remaining", len(p))
