ANSWER = 42
UNITS = ("m", "kg", "s")
