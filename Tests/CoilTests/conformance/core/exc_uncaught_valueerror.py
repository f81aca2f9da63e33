def parse(values):
    return [int(v) for v in values]

print(parse(["1", "2"]))
print("now parsing bad input")
parse(["3", "four"])
print("not reached")
