import email
from email import policy
from email.header import decode_header, make_header, Header
from email.utils import parseaddr, getaddresses, formataddr, parsedate_to_datetime, formatdate, format_datetime
import datetime
raw = """From: "Doe, John" <john@example.com>
To: alice@example.com, Bob Smith <bob@example.com>
Cc: carol@example.com (Carol C)
Subject: =?utf-8?q?Caf=C3=A9_menu?= for today
Date: Tue, 15 Nov 1994 08:12:31 GMT
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"
X-Long: first part
  continued here

This is the preamble.
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 au lait=
 is great.
--XYZ
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

AAECAwQ=
--XYZ--
epilogue text
"""
m = email.message_from_string(raw)
print(type(m).__name__, m.is_multipart(), m.get_content_type(), m.get_boundary(), repr(m.preamble), repr(m.epilogue))
print(repr(m["X-Long"]), m["subject"], decode_header(m["subject"]))
print(str(make_header(decode_header(m["subject"]))))
print(parseaddr(m["from"]), getaddresses(m.get_all("to", []) + m.get_all("cc", [])))
for part in m.walk():
    print(part.get_content_type(), part.get_filename(), part.get_content_charset(), part.get_payload(decode=True) if not part.is_multipart() else len(part.get_payload()))
print(parsedate_to_datetime(m["date"]), m.get_params(), m.get_param("boundary"))
print(m.as_string() == raw, len(m.as_string()))
m2 = email.message_from_string(raw, policy=policy.default)
print(type(m2).__name__, m2["subject"], m2["to"].addresses, m2["date"].datetime)
body = m2.get_body(preferencelist=("plain",))
print(repr(body.get_content()))
print([a.get_filename() for a in m2.iter_attachments()], m2.get_content_maintype())
print(decode_header("plain text"), decode_header("=?iso-8859-1?b?SGVsbG8=?= =?utf-8?q?W=C3=B6rld?="))
h = Header("Grüße", "utf-8"); print(h.encode(), str(h))
print(formataddr(("Jörg", "j@x.de")), formataddr(("A, B", "ab@x")), parseaddr("no-angle@example.com"), parseaddr(""), parseaddr("Name Only <>"))
print(format_datetime(datetime.datetime(2020, 5, 4, 3, 2, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))), formatdate(1e9, usegmt=True))
from email.message import EmailMessage
e = EmailMessage()
e["Subject"] = "Grüße aus Köln"
e["To"] = "x@y.z"
e.set_content("Schöne Grüße\n")
print(e)
print(e.as_string())
try:
    e["Subject"] = "again"
except ValueError as err:
    print(err)
print(e.get_content_charset(), e["Content-Transfer-Encoding"])
