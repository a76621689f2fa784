"""email.policy: the knobs of parsing and generation (line length, line separator,
utf8, how header values are stored and fetched): compat32, default, SMTP, HTTP,
strict, SMTPUTF8."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict',
           'SMTP', 'SMTPUTF8', 'HTTP']


class Policy:
    """Immutable policy settings; clone(**changes) makes a changed copy."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for attr, value in self.__dict__.items():
            object.__setattr__(new, attr, value)
        for attr, value in kw.items():
            if not hasattr(self, attr):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    attr, self.__class__.__name__))
            object.__setattr__(new, attr, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value


class Compat32(Policy):
    """The Python 3.2 behaviour: header values are plain strings."""

    mangle_from_ = True

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        return value


compat32 = Compat32()

_UNIQUE_HEADERS = {'to', 'from', 'subject', 'date', 'sender', 'reply-to', 'cc', 'bcc',
                   'message-id', 'in-reply-to', 'references', 'mime-version',
                   'content-type', 'content-transfer-encoding', 'content-disposition',
                   'orig-date'}


class EmailPolicy(Policy):
    """The modern policy: at most one of the unique headers, utf8 option."""

    utf8 = False
    refold_source = 'long'
    header_factory = None
    content_manager = None

    def header_max_count(self, name):
        return 1 if name.lower() in _UNIQUE_HEADERS else None

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        from email.headerregistry import make_header_value
        return (name, make_header_value(name, value))

    def header_fetch_parse(self, name, value):
        from email.headerregistry import make_header_value
        if hasattr(value, 'name'):
            return value
        return make_header_value(name, ''.join(str(value).splitlines()))


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
