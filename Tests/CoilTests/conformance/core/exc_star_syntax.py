# SyntaxErrors of try/except* (the parser's and the compiler's).
cases = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept*\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\npass\n",
    "try:\n    pass\nexcept* ValueError as (e):\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return a + b\n",
    "def f():\n    for i in x:\n        try:\n            pass\n        except* ValueError:\n            try:\n                pass\n            finally:\n                break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n            continue\n        def g():\n            return 1\n        while x:\n            break\n        class C:\n            def m(self):\n                return 2\n    return 3\n",
    "def f():\n    for i in x:\n        try:\n            break\n        except* ValueError:\n            pass\n        finally:\n            continue\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
