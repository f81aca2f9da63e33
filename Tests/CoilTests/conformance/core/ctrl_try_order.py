def attempt(x):
    print("-- attempt", x)
    try:
        print("try start")
        result = 10 / x
        print("try end")
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        return "from except"
    else:
        print("else", result)
        return "from else"
    finally:
        print("finally")

print(attempt(2))
print(attempt(0))

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def no_exception():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
no_exception()

def unmatched():
    try:
        try:
            {}["missing"]
        except IndexError:
            print("wrong handler")
        finally:
            print("inner finally before propagating")
    except LookupError as e:
        print("caught as LookupError:", repr(e))
unmatched()

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
