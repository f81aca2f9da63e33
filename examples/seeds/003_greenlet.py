# Seed 003_72fd988282c62fb5.txt, section "greenlet implementation".
# Extracted unchanged.
from greenlet import greenlet

def func1(): 
    print(1)            # Step 2 output 1
    gr2.switch()        # Step 3 switch to func2 function execution
    print(2)            # Step 6 output 2
    gr2.switch()        # Step 7 switch to func2 function execution

def func2():
    print(3)            # Step 4 output 3 
    gr1.switch()        # Step 5 switch to func1 function execution
    print(4)            # Step 8 output 4


gr1 = greenlet(func1)
gr2 = greenlet(func2)

gr1.switch() # Step 1: execute func1 function
