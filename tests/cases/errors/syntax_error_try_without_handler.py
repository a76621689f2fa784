try:
    x = int("3")
print(x)
