def documented():
    """Return the answer.

    A multi-line docstring.
    """
    return 42

print(repr(documented.__doc__))
text = """first
second"""
print(text.split("\n"))
single = '''It's "quoted"'''
print(single)
embedded = """ends with quote\""""
print(embedded)
nested = """a ''' b"""
print(nested)
print(len("""
"""))
raw = r"""raw \n triple"""
print(raw)
multi = f"""value:
{1 + 1}
done"""
print(multi)
