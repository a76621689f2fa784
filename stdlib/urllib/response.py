"""Response objects urllib hands back for what is not an HTTPResponse: addinfourl wraps a
file-like body with its headers, URL and status (HTTPError is one)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like body: its read methods, iteration and `with`."""

    def __init__(self, fp):
        self.fp = fp
        self.read = fp.read
        self.readline = fp.readline

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def __iter__(self):
        return iter(self.fp)

    def readlines(self, hint=-1):
        return self.fp.readlines(hint)

    def close(self):
        fp = getattr(self, 'fp', None)
        if fp is not None:
            fp.close()

    @property
    def closed(self):
        return self.fp.closed

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, self.closehook = self.closehook, None
            if hook is not None:
                hook(*self.hookargs)
        finally:
            super().close()


class addinfo(addbase):
    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
