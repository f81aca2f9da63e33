print("first import:")
import modhelper_noisy
print("second import:")
import modhelper_noisy
print("from-import:")
from modhelper_noisy import loaded_times
import sys
print("cached:", "modhelper_noisy" in sys.modules, sys.modules["modhelper_noisy"] is modhelper_noisy)
modhelper_noisy.loaded_times += 1
import modhelper_noisy as again
print(again.loaded_times, again is modhelper_noisy, loaded_times)
def import_inside_function():
    import modhelper_noisy
    return modhelper_noisy.loaded_times
print(import_inside_function())
import modhelper_circular_a
print(modhelper_circular_a.from_a())
import modhelper_circular_b
print(modhelper_circular_b.from_b())
