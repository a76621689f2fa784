import ast
# A tutorial-style transformer: rewrite additions into multiplications and run the result.
src = """
def calc(a, b):
    total = a + b
    return total + 1

print(calc(3, 4))
print([x + 10 for x in range(3)])
"""
class AddToMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node
tree = AddToMul().visit(ast.parse(src))
ast.fix_missing_locations(tree)
code = compile(tree, "<ast>", "exec")
exec(code)
print(ast.unparse(tree))
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))
try:
    compile(expr, "<expr>", "exec")
except TypeError as e:
    print(e)
t = compile("x = 1 + 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
# Safe calculator with a NodeVisitor
import operator
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.USub: operator.neg}
def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.BinOp):
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp):
        return OPS[type(node.op)](evaluate(node.operand))
    raise ValueError(f"unsupported: {ast.dump(node)}")
for text in ["2 + 3 * 4", "-(8 / 2) - 1", "2 ** 3"]:
    try:
        print(text, "=", evaluate(ast.parse(text, mode="eval")))
    except (ValueError, KeyError) as e:
        print("error", type(e).__name__, e)
class FuncLister(ast.NodeVisitor):
    def visit_FunctionDef(self, node):
        args = [a.arg for a in node.args.args]
        print(f"def {node.name}({', '.join(args)}) at line {node.lineno}")
        self.generic_visit(node)
    def visit_Import(self, node):
        print("import", [a.name for a in node.names])
FuncLister().visit(ast.parse(open(__file__).read()))
names = sorted({n.id for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Name)})
print(names)
match ast.parse("x = 5").body[0]:
    case ast.Assign(targets=[ast.Name(id=name)], value=ast.Constant(value=v)):
        print("assign", name, v)
