def work():
    try:
        print("working")
        raise RuntimeError("something broke")
    finally:
        print("cleanup runs before the traceback")

try:
    work()
finally:
    print("outer finally too")
