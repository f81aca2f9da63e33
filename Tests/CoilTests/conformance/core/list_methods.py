items = [3, 1, 4]
items.append(1)
print(items)
items.extend([5, 9])
items.extend(range(2))
items.extend("ab")
print(items)
items.insert(0, "first")
items.insert(-1, "before last")
items.insert(100, "end")
items.insert(-100, "start")
print(items)
items.remove("a")
print(items)
print(items.pop(), items.pop(0), items.pop(2), items)
print(items.index(1), items.index(1, 3), items.count(1), items.count("zzz"))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy, copy is nums)
copy.clear()
print(copy, len(copy))
print(nums.sort() is None, [3, 1, 2].reverse())
try:
    nums.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums.index(42)
except ValueError as e:
    print(type(e).__name__, e)
l = list("hello")
print(l, list(), list((1, 2)), list({"a": 1}), list(range(3)))
l[0] = "J"
print("".join(l), l[-1], len(l))
print([1, 2] * 3, [0] * 0, [[]] * 2)
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
