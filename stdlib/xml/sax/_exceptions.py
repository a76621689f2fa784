"""Different kinds of SAX Exceptions (CPython's `xml.sax._exceptions`)."""


class SAXException(Exception):
    """Encapsulate an XML error or warning: a message and, optionally, the exception
    that caused it."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        "Return a message for this exception."
        return self._msg

    def getException(self):
        "Return the embedded exception, or None if there was none."
        return self._exception

    def __str__(self):
        "Create a string representation of the exception."
        return self._msg

    def __getitem__(self, ix):
        # Exception[ix] is an AttributeError rather than a confusing lookup.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An XML parsing error or warning, with the place in the document where it was found
    (taken from the locator when the exception is created)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # The locator's values are copied: it may change after the exception is raised.
        self._systemId = self._locator.getSystemId()
        self._colnum = self._locator.getColumnNumber()
        self._linenum = self._locator.getLineNumber()

    def getColumnNumber(self):
        """The column number of the end of the text where the exception occurred."""
        return self._colnum

    def getLineNumber(self):
        "The line number of the end of the text where the exception occurred."
        return self._linenum

    def getPublicId(self):
        "Get the public identifier of the entity where the exception occurred."
        return self._locator.getPublicId()

    def getSystemId(self):
        "Get the system identifier of the entity where the exception occurred."
        return self._systemId

    def __str__(self):
        "Create a string representation of the exception."
        sysid = self.getSystemId()
        if sysid is None:
            sysid = "<unknown>"
        linenum = self.getLineNumber()
        if linenum is None:
            linenum = "?"
        colnum = self.getColumnNumber()
        if colnum is None:
            colnum = "?"
        return "%s:%s:%s: %s" % (sysid, linenum, colnum, self._msg)


class SAXNotRecognizedException(SAXException):
    """An unrecognized feature or property was asked for."""


class SAXNotSupportedException(SAXException):
    """A feature or property cannot take the requested value or action."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A driver module was found but its parser cannot be used."""
