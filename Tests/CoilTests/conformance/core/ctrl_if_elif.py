def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

for s in (95, 85, 75, 10, 90, 80):
    print(s, grade(s))

x = 0
if x:
    print("truthy")
else:
    print("falsy")

if []:
    print("never")
elif {}:
    print("never either")
elif [0]:
    print("non-empty list is truthy")

value = None
if value is None:
    print("value is None")

if 1 < 2:
    if 2 < 3:
        print("nested true")
    else:
        print("nested false")

n = 15
if n % 15 == 0:
    print("FizzBuzz")
elif n % 3 == 0:
    print("Fizz")

def check(v):
    if not v:
        return "empty"
    if len(v) > 3:
        return "long"
    return "short"
print(check(""), check("ab"), check("abcdef"))
if x == 0: print("single-line if")
