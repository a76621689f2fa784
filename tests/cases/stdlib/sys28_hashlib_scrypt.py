import hashlib, os

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("rfc vector 1", lambda: hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
attempt("rfc vector 2", lambda: hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
attempt("short key", lambda: hashlib.scrypt(b"pw", salt=b"salt", n=16, r=2, p=3, dklen=10).hex())
attempt("bytearray", lambda: hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"s"), n=2, r=1, p=1).hex()[:20])
attempt("no salt", lambda: hashlib.scrypt(b"pw"))
attempt("no n", lambda: hashlib.scrypt(b"pw", salt=b"s"))
attempt("n not power", lambda: hashlib.scrypt(b"pw", salt=b"s", n=3, r=1, p=1))
attempt("n one", lambda: hashlib.scrypt(b"pw", salt=b"s", n=1, r=1, p=1))
attempt("dklen 0", lambda: hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=0))
attempt("r str", lambda: hashlib.scrypt(b"pw", salt=b"s", n=16, r="1", p=1))
attempt("no p", lambda: hashlib.scrypt(b"pw", salt=b"s", n=16, r=1))
attempt("str password", lambda: hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1))
attempt("str salt", lambda: hashlib.scrypt(b"pw", salt="s", n=16, r=1, p=1))
attempt("too much memory", lambda: hashlib.scrypt(b"pw", salt=b"s", n=2**20, r=8, p=1))
attempt("maxmem negative", lambda: hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=-1))
attempt("two positional", lambda: hashlib.scrypt(b"pw", b"s", n=16, r=1, p=1))
attempt("r zero", lambda: hashlib.scrypt(b"pw", salt=b"s", n=16, r=0, p=1))
attempt("pbkdf2", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, 16).hex())
print("pbkdf2_hmac" in hashlib.__all__, "scrypt" in hashlib.__all__)
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)))
master, slave = os.openpty()
print(os.device_encoding(slave))
