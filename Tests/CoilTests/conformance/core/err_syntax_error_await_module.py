print("never printed")
result = await fetch()
