# A SyntaxError found after parsing, in the main script: CPython shows the statement's first
# line and underlines it to the end of that line when the statement runs onto later lines.
async with open("x") as f:  # not inside an async function
    pass
