# Text files in utf-8-sig and gbk through csv and json (the Excel-friendly CSV of Chinese
# tutorials), and tell() of a file opened for appending, which starts at the file's end.
import csv, os, tempfile, json
d = tempfile.mkdtemp()
p = os.path.join(d, "数据.csv")
with open(p, "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["姓名", "年龄", "城市"])
    w.writerows([["张三", 18, "北京"], ["李四", 20, "上海"]])
print(open(p, "rb").read()[:12])
with open(p, encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        print(row)
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()))
g = os.path.join(d, "gbk.csv")
with open(g, "w", newline="", encoding="gbk") as f:
    csv.writer(f).writerows([["名称", "数量"], ["苹果", 3]])
with open(g, encoding="gbk") as f:
    print(list(csv.reader(f)))
try:
    open(g, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(e)
j = os.path.join(d, "数据.json")
with open(j, "w", encoding="gbk") as f:
    json.dump({"名字": "王五", "分数": [90, 85.5]}, f, ensure_ascii=False, indent=4)
with open(j, encoding="gbk") as f:
    print(json.load(f))
print(open(j, "rb").read())
with open(j, "a", encoding="gbk") as f:
    print(f.tell(), f.encoding)
    f.write("\n尾")
print(open(j, encoding="gbk").read()[-3:])
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
d2 = tempfile.mkdtemp()
a = os.path.join(d2, "a.txt")
open(a, "w").write("hello")
for enc in ("utf-8", "gbk", "latin-1", "utf-16"):
    with open(a, "a", encoding=enc) as f:
        print(enc, f.tell())
        f.write("x")
        print(f.tell())
with open(a, "ab") as f:
    print(f.tell())
os.remove(a)
os.rmdir(d2)
