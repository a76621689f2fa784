# the access log and handle_error report go to sys.stderr (timestamps and ports masked)
import http.server, threading, urllib.request, urllib.error, sys, io, re
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/boom":
            raise ValueError("handler failed")
        self.send_response(200); self.end_headers(); self.wfile.write(b"ok")
err = io.StringIO()
real = sys.stderr
sys.stderr = err
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
t = threading.Thread(target=srv.serve_forever, args=(0.05,)); t.start()
b = f"http://127.0.0.1:{srv.server_address[1]}"
print(urllib.request.urlopen(b + "/x\x01y".replace("\x01", "%01")).read())
try: urllib.request.urlopen(b + "/boom")
except Exception as e: print(type(e).__name__)
srv.shutdown(); srv.server_close(); t.join()
sys.stderr = real
text = re.sub(r"\[\d\d/\w\w\w/\d{4} \d\d:\d\d:\d\d\]", "[DATE]", err.getvalue())
text = re.sub(r"\('127.0.0.1', \d+\)", "(ADDR)", text)
text = re.sub(r'File ".*?", line \d+', 'File X', text)
print(text, end="")
