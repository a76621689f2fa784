X = "café"
