def countdown(n):
    return countdown(n - 1)

print("recursing without a base case")
countdown(10)
