import random
random.seed(1)
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.message import EmailMessage
m = MIMEMultipart()
m["Subject"] = "Multi"
m.preamble = "This is a multi-part message."
m.attach(MIMEText("part one"))
m.attach(MIMEText("<b>two</b>", "html"))
m.attach(MIMEApplication(b"\x00\x01binary", Name="data.bin"))
print(m.as_string())
print("----")
e = EmailMessage()
e["Subject"] = "With attachment"
e["From"] = "a@b.c"
e.set_content("See attached.")
e.add_attachment(b"PDFDATA" * 20, maintype="application", subtype="pdf", filename="report.pdf")
e.add_attachment("text file\n", filename="notes.txt")
print(e)
print([p.get_content_type() for p in e.walk()], [a.get_filename() for a in e.iter_attachments()])
print(e["from"].addresses, e.get_body().get_content())
alt = EmailMessage()
alt.set_content("plain")
alt.add_alternative("<p>html</p>", subtype="html")
print(alt)
long = EmailMessage()
long["Subject"] = "A very long subject line that goes on and on and on and should be folded by the generator at some point"
long["To"] = ", ".join(f"user{i}@example.com" for i in range(8))
long.set_content("x")
print(long.as_string())
