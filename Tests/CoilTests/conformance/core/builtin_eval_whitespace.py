# eval() strips leading spaces and tabs of string/bytes source (not other whitespace, and not
# compile() or exec()); eval input gets no implicit final newline, which shows in its errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except SyntaxError as e:
        print(label, "!>", type(e).__name__, e.msg, (e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))
    except Exception as e:
        print(label, "!>", type(e).__name__, e)


for src in ["  1 + 1", "\t\t2 * 3", " \t 'mixed'", "  (1 +\n  2)", "  \n5", "  x", "  1\n",
            "\n  5", "\f 6", "   ", "", "\t", "  1\n  ", "  if", "  1 +", "1 +  ", "1 + # c",
            "\n\n", "#c", "1\n2", "  (1", "x y", "  lambda", "  1\n\t"]:
    show("eval %r" % src, lambda: eval(src, {"x": 7}))
show("eval bytes", lambda: eval(b"   4 + 4"))
show("eval bytearray", lambda: eval(bytearray(b"  10")))
show("eval code", lambda: eval(compile("3 * 3", "<c>", "eval")))
for src in ["  8", "   ", "", "1\n  ", "1 +", "\n"]:
    show("compile eval %r" % src, lambda: compile(src, "<c>", "eval"))
for src in ["  x = 1", "x = 1\n  ", "", "1 +"]:
    show("exec %r" % src, lambda: exec(src, {}))
show("compile exec '1 +'", lambda: compile("1 +", "<c>", "exec"))
show("never closed", lambda: compile("x = (1,\n", "<c>", "exec"))
show("unexpected indent", lambda: compile("x = 1\n  y = 2\n", "<c>", "exec"))
show("unindent", lambda: compile("if x:\n    a\n  b\n", "<c>", "exec"))
