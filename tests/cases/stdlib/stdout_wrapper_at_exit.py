# sys.stdout replaced by a TextIOWrapper over sys.stdout.buffer: its buffered text is flushed
# at exit, before module globals go, as CPython's flush_std_files does.
import sys, io, codecs, asyncio
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
async def main():
    for i in range(3):
        print(f"任务 {i}")
        await asyncio.sleep(0)
asyncio.run(main())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="gbk")
w.write("中文")
w.flush()
print(b.getvalue())
del w
print(b.closed)
