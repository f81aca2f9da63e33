import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print(1, 2.5, None, True, [1, "two"], {"k": (3,)})
print("to stderr (not compared)", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=",")
print(*[], sep="never used")
print("", end="")
print("multi\nline\tstring")
print("sep None", "uses space", sep=None, end=None)
print("a", 1, sep="")
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
print("end with several chars", end="!!\n")
print(repr(print("inner")))
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), [Custom()].__len__())
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print("é", "日本", "🐍", sep="/")
