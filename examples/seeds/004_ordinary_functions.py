# Seed 004_a84904af12f6a7ee.txt, introduction (ordinary function calls).
# Change: the page mixes tab and space indentation (a TabError); re-indented
# with spaces. The `...` lines are kept (they are valid Ellipsis statements).
def func1():
    print(1)
    ...
    print(2)

def func2():
    print(3)
    ...
    print(4)

func1()
func2()
