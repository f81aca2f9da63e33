TEXT = ("Coil is a small scripting language that aims to run ordinary Python programs. "
        "It is implemented in Swift, and this paragraph exists to exercise a hand-written "
        "word wrapper with several widths, justification, and a few very-long-unbreakable-words-like-this-one.")


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = word if not current else current + " " + word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print("--- centered, width 40 ---")
for line in wrap(TEXT, 40)[:4]:
    print("[" + line.center(40) + "]")
print("--- right aligned, width 25 ---")
for line in wrap("short words only here", 25):
    print(line.rjust(25, "."))
print([len(l) for l in wrap(TEXT, 20)])
print(wrap("", 10), wrap("a", 1), wrap("abcdefgh", 3))
