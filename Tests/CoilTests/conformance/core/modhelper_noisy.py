"""Prints one line when first imported; importers expect exactly one such line."""
print("modhelper_noisy: module body executing")
loaded_times = 1
