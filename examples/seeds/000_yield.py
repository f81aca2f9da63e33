# Seed 000_21b594753d1cad41.txt, section "1.2 yield keyword".
# Change: the page lost the body of the final for loop; restored as
# `print(item)` (as in the same snippet in seeds 003 and 004).
# -*- coding: utf-8 -*-

def func1():
    yield 1
    yield from func2()
    yield 2

def func2():
    yield 3
    yield 4

f1 = func1()
for item in f1:
    print(item)
