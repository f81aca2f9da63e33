# Explicit backslash continuation and implicit joining inside brackets.
total = 1 + \
    2 + \
    3
print(total)

if total > 5 and \
   total < 10:
    print("in range")

numbers = [
    1, 2,
    3,   # trailing comment inside a bracket
    4,
]
print(numbers)

mapping = {
    "a": 1,
    "b": (2,
          3),
}
print(mapping)

result = max(
    10,
    20,
    5
)
print(result)

text = ("hello "
        "world")
print(text)

value = (1
         + 2
         * 3)
print(value)

def long_signature(first,
                   second,
                   third=3):
    return first + second + third

print(long_signature(1,
                     2))

# Backslash inside a string is not a continuation
s = "back\\slash"
print(s, len(s))

# Continuation inside an expression in a call
print("a", \
      "b")

nested = [[1, 2,
           3], [4,
                5]]
print(nested)

# Continuation lines can start at any column
x = [
1,
            2,
    3]
print(x)

assert total == 6, \
    "should not fail"
print("done")
