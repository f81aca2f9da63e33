def risky(n):
    if n == 0:
        raise ValueError("n must not be zero")
    return 10 // n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging the error, then re-raising")
        raise

try:
    wrapper(0)
except ValueError as e:
    print("caught again:", e)

def reraise_named():
    try:
        [][1]
    except IndexError as e:
        print("handling", type(e).__name__)
        raise e

try:
    reraise_named()
except IndexError as e:
    print("outer got:", e)

def retry(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise ConnectionError(f"attempt {attempts} failed")
            return f"succeeded after {attempts}"
        except ConnectionError as e:
            print(e)
            if attempts >= 5:
                raise
print(retry(3))

def nested_reraise():
    try:
        try:
            raise KeyError("deep")
        except KeyError:
            try:
                raise TypeError("other")
            except TypeError:
                pass
            raise
    except KeyError as e:
        return f"re-raised the KeyError: {e}"
print(nested_reraise())

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
