WORD = "hé"
print("BOM module:", WORD, len(WORD))
