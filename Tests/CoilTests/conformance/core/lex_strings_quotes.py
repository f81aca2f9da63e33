# Quoting styles.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''triple single''', """triple double""")
print("""contains 'single' and "double" quotes""")
print('''a ''b'' c''')
s = """line one
line two
    indented line three"""
print(s)
print(len(s), s.count("\n"))
e = ''
print(repr(e), len(e), repr(""), repr(''''''))
t = """\
no leading newline\
 and joined"""
print(repr(t))
print(repr('"'), repr("'"), repr('\'"'))
print("tab\there", 'nl\\n literal')
doc = '''
    Indented
      text
'''
print(doc.splitlines())
