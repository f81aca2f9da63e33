import modhelper_basic

def main():
    print("running main()")
    print("__name__ is", __name__)
    print("helper module __name__ is", modhelper_basic.__name__)
    return 0

if __name__ == "__main__":
    main()
else:
    print("imported, not run")
print(__name__ == "__main__", type(__name__).__name__)
print(modhelper_basic.__doc__)
print(__doc__)
