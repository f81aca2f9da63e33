# -*- coding: utf-8 -*-
# The first line is a coding declaration; it must be accepted.
#!/not/a/shebang/here because it is not the first line
print("start")  # trailing comment
# print("this is commented out")
x = 5  # comment with symbols: ' " \ # ''' """
print(x)
s = "# not a comment"
print(s)
t = '''
# inside a triple-quoted string
'''
print(repr(t))
def f():
    # comment at function start
    return 1  # trailing
    # comment after return
print(f())
# comment with unicode: café 变量 🐍
print("end")
