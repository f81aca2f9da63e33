def parse_list(tokens, pos):
    items = []
    pos += 1
    while tokens[pos] != "]":
        item, pos = parse_value(tokens, pos)
        items.append(item)
        if tokens[pos] == ",":
            pos += 1
    return items, pos + 1

def parse_value(tokens, pos):
    if tokens[pos] == "[":
        return parse_list(tokens, pos)
    return int(tokens[pos]), pos + 1

tokens = list("[1,[2,3],[[4]],5]")
print(parse_value(tokens, 0))

def count_down(n):
    if n <= 0:
        return ["liftoff"]
    return [n] + count_down(n - 1)
print(count_down(5))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))

def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))

def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(tree))
