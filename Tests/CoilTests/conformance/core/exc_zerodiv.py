cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("True / False", lambda: True / False),
]
for label, thunk in cases:
    try:
        thunk()
        print(label, "no error")
    except ZeroDivisionError as e:
        print(f"{label:15} -> {type(e).__name__}: {e}")
print(0 / 1, 0.0 / -1, 0 // 5, 0 % 3)
