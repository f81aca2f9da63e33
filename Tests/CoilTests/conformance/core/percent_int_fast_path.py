# %d with machine words (a fast path) against every flag, width, precision and big ints.
for v in (0, 5, -5, 123456789, -2**63, 2**63 - 1, 2**70, True, False, 3.9):
    print('%d|%i|%u|%5d|%-5d|%+d|% d|%05d|%.3d|%x|%#o' % (v, v, v, v, v, v, v, v, v, int(v), int(v)), b'%d %i' % (int(v), int(v)))
print('%(a)d %(b)s' % {'a': 7, 'b': 'x'}, '%d%%' % 50, '%*d' % (6, -42), '%-*d|' % (6, 42))


# str % on its own path: reflected operands
class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
class R:
    def __rmod__(self, other):
        return "R.__rmod__"
print("%s" % S("x"), "%s" % R() if False else "skip", "%d" % 3, "%s-%s" % (1, 2), "%(k)s" % {"k": 1})
try:
    print(("%s" % R()).startswith("<__main__.R object"))
except TypeError as e:
    print("TypeError", e)
x = "a%sb"
x %= 5
print(x)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
