# Indentation with tabs, spaces, and mixtures that are still consistent.
def tabbed(n):
	if n > 0:
		return 'positive'
	elif n < 0:
		return 'negative'
	return 'zero'

def spaced(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    return total

def two_space(items):
  out = []
  for x in items:
    if x:
      out.append(x)
  return out

class Mixed:
	def method(self):
		values = []
		for i in range(3):
			values.append(i * i)
		return values

	def other(self):
		return 'other'

for n in (5, -2, 0):
	print(n, tabbed(n))
print(spaced(6))
print(two_space([0, 1, '', 'a', None, 2]))
m = Mixed()
print(m.method(), m.other())

# Dedent several levels at once
def deep():
    for a in range(2):
        for b in range(2):
            for c in range(2):
                if a == b == c:
                    print('same', a)
    print('after loops')
deep()

# Blank lines and comment-only lines inside blocks do not affect indentation
def with_blanks():
    x = 1

        # an oddly indented comment

    y = 2
  # another comment at a strange column
    return x + y
print(with_blanks())

# Simple statements on one line after colon
if True: print('one-liner if')
for i in range(2): print('one-liner for', i)
while False: pass
def f(): return 'one-liner def'
print(f())
x = 1; y = 2; print(x + y)
if x: a = 1; b = 2; print(a, b)
