print("never printed")
doc = """starts here
and never
ends
