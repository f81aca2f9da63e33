import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)), count(5), count(1, 2), count(1.5, 1.0), repr(count(2**70)))
c = count(3); next(c); print(c)
print(list(islice(cycle("abc"), 7)), list(repeat(1, 3)), repeat("x", 2), repeat(5), list(repeat(0, -1)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations("abc", 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gb = groupby("aabbc")
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")), list(pairwise("a")))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
x, y, z = tee(range(5), 3)
print(list(x), list(zip(y, z)))
print(type(chain()).__name__, type(count()), len(tee([1])), tee([1], 0))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
try:
    combinations([1], -1)
except ValueError as e:
    print(e)
try:
    count("a")
except TypeError as e:
    print(e)
import operator
print(list(accumulate([3, 1, 4, 1, 5], max)), list(map(operator.mul, [1, 2], [3, 4])))
