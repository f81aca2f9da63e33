# Seed 003_72fd988282c62fb5.txt, section "Synergetic process" ("Ordinary execution").
# Change: `def func(2):` (a syntax error in the page) fixed to `def func2():`.
def func1():
    print(1)
    
    print(2)

def func2():
    print(3)
    
    print(4)
    
func1()
func2()
