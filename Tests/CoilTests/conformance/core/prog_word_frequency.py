TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good or
for evil, in the superlative degree of comparison only.
"""

STOP_WORDS = {"the", "of", "it", "was", "we", "to", "in", "on", "or", "for", "so", "its", "that", "us"}


def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


words = tokenize(TEXT)
print("total words:", len(words))
print("unique words:", len(set(words)))
counts = frequencies(words)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, n in top:
    print(f"{word:>8} {n:>3} {'#' * n}")

content = {w: n for w, n in counts.items() if w not in STOP_WORDS}
print("top content words:", sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length)[-3:]:
    print(length, by_length[length])

first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print("".join(sorted(first_letters)))
print(max(first_letters, key=lambda k: (first_letters[k], k)))
lines = [line for line in TEXT.strip().splitlines()]
print("lines:", len(lines), "longest:", max(len(l) for l in lines))
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
bigrams = frequencies(f"{a} {b}" for a, b in zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
