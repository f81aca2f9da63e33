print("never printed")
price = 5 € 3
