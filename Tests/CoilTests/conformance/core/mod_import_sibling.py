import modhelper_basic
from modhelper_basic import greet, Shape, GREETING
from modhelper_basic import bump as increment

print(modhelper_basic.GREETING)
print(greet("Coil"))
print(Shape(3).describe())
print(GREETING is modhelper_basic.GREETING)
print(increment(), increment(), modhelper_basic.counter)
print(modhelper_basic._private_value)
modhelper_basic.GREETING = "changed"
print(greet("again"), GREETING)
print(type(modhelper_basic).__name__, modhelper_basic.__name__)
print("greet" in dir(modhelper_basic), hasattr(modhelper_basic, "Shape"))
print(modhelper_basic.Shape.__module__, Shape.__qualname__)
print(modhelper_basic.__file__.endswith("modhelper_basic.py"))
