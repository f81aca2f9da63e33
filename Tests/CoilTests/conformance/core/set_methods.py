s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
popped = s.pop()
print(popped, s)
s.update([10, 11], {12})
print(sorted(s))
s.intersection_update({3, 4, 10, 12, 99})
print(sorted(s))
s.difference_update([4])
print(sorted(s))
s.symmetric_difference_update({10, 20})
print(sorted(s))
c = s.copy()
c.add(0)
print(sorted(s), sorted(c), s is c)
c.clear()
print(c, len(c), bool(c))
t = {5, 6}
t |= {7}
t &= {5, 7, 8}
t -= {8}
t ^= {9}
print(sorted(t), len(t))
empty = set()
try:
    empty.pop()
except KeyError as e:
    print(type(e).__name__, e)
nums = set(range(10))
evens = {n for n in nums if n % 2 == 0}
print(nums - evens, evens <= nums, evens.isdisjoint(nums - evens))
print(sorted(nums ^ {20, 0}))
