# Dict building and lookups plus string operations (split/join/format).
WORDS = ('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu '
         'nu xi omicron pi rho sigma tau upsilon phi chi psi omega').split()


def build_text(lines):
    out = []
    for i in range(lines):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(8)]
        out.append(' '.join(words) + ' %d' % (i % 97))
    return '\n'.join(out)


def count_words(text):
    counts = {}
    for line in text.split('\n'):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def transform(counts):
    index = {}
    for word, n in counts.items():
        key = '{}:{:05d}'.format(word.upper(), n)
        index[key] = word[::-1]
    hits = 0
    for word, n in counts.items():
        for k in (n - 1, n, n + 1):
            if '{}:{:05d}'.format(word.upper(), k) in index:
                hits += 1
    return index, hits


text = build_text(40_000)
counts = count_words(text)
index, hits = transform(counts)
total = sum(counts.values())
joined = ','.join(sorted(index)[:3])
print(len(text), len(counts), total, hits, joined)
lookups = 0
keys = list(counts)
for i in range(300_000):
    if keys[i % len(keys)] in counts:
        lookups += 1
print('lookups', lookups)
