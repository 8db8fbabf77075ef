print("enlace")
