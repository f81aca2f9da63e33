print("never printed")
def fetch():
    await something()
