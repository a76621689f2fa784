from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email import utils
import email
msg = EmailMessage()
msg['Subject'] = 'Quarterly report'
msg['From'] = 'Alice <alice@example.com>'
msg['To'] = 'bob@example.com, carol@example.com'
msg.set_content('Hi Bob,\n\nThe report is attached.\n\n-- Alice\n')
print(msg)
print(repr(msg.as_string()))
print(msg['subject'], msg.get('X-None'), msg.keys(), msg.get_content_type(), msg.get_content_charset(), msg.is_multipart())
print(repr(msg.get_content()), repr(msg.get_payload()))
m2 = MIMEText("Plain body", "plain", "utf-8")
m2["Subject"] = "Hi"
print(m2.as_string())
m3 = MIMEText("ascii body")
print(m3)
print(utils.formataddr(("Alice Smith", "alice@example.com")), utils.parseaddr("Bob <bob@x.org>"), utils.getaddresses(["a@b.c, D <d@e.f>"]))
print(utils.formatdate(0, usegmt=True), utils.formatdate(86400.5), utils.parsedate_to_datetime("Thu, 01 Jan 1970 00:00:00 +0000"), utils.format_datetime(utils.parsedate_to_datetime("Mon, 20 Nov 1995 19:12:08 -0500")))
raw = "From: x@y.com\nTo: z@w.com\nSubject: Test\n\nBody line 1\nBody line 2\n"
p = email.message_from_string(raw)
print(p["from"], p["subject"], repr(p.get_payload()), p.get_content_type(), list(p.items()))
del msg["To"]; msg["To"] = "dave@example.com"; print(msg.items()[:3])
msg.replace_header("Subject", "New"); print(msg["Subject"], len(msg), "subject" in msg)
