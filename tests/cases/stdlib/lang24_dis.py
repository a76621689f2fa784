# `dis` works on functions, classes, source strings and code objects (corio lists its own
# instructions, so only the shape of the output is compared here).
import dis
import io


def add(a, b=1):
    total = a + b
    if total > 3:
        return total
    return [i for i in range(total)]


class Greeter:
    def hello(self):
        return "hello"


buf = io.StringIO()
dis.dis(add, file=buf)
text = buf.getvalue()
print("LOAD_FAST" in text, "RETURN_VALUE" in text, "Disassembly of <code object <listcomp>" in text)
buf = io.StringIO()
dis.dis(Greeter, file=buf)
print(buf.getvalue().splitlines()[0])
instrs = list(dis.get_instructions(add))
print(all(isinstance(i, dis.Instruction) for i in instrs), instrs[-1].opname)
print([name for name in ("LOAD_FAST", "RETURN_VALUE") if name in {i.opname for i in instrs}])
print(dis.code_info(add).splitlines()[0], dis.opname[100], dis.opmap["LOAD_FAST"])
print(dis.Bytecode(add).codeobj is add.__code__, isinstance(dis.Bytecode(add).dis(), str))
buf = io.StringIO()
dis.dis("x = 1", file=buf)
print("STORE_NAME" in buf.getvalue())
