"""email.message: Message (the compat32 model: ordered, case-insensitive headers and a
payload) and EmailMessage/MIMEPart (the default-policy API: set_content, get_content,
add_attachment, iter_parts)."""

import base64
import binascii
import quopri
import re

from email import errors
from email._rfc822_scan import quote as _escape_quoted, split_outside
from email.charset import Charset
from email.policy import compat32, default as _default_policy

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
_tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if quote or _tspecials.search(value):
            return '%s="%s"' % (param, _escape_quoted(value))
        return '%s=%s' % (param, value)
    return param


def _split_params(value):
    """The '; '-separated parts of a header value, respecting quotes."""
    return [p.strip() for p in split_outside(value, ';')]


def _parseparam(value):
    params = []
    for i, part in enumerate(_split_params(value)):
        if i == 0:
            params.append((part.lower() if '=' not in part else part, ''))
            continue
        if not part:
            continue
        if '=' in part:
            name, val = part.split('=', 1)
            params.append((name.strip().lower(), val.strip()))
        else:
            params.append((part.strip().lower(), ''))
    return params


def _unquotevalue(value):
    if len(value) > 1 and value.startswith('"') and value.endswith('"'):
        return value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    return value


class Message:
    """An email message: headers (kept in order, looked up case-insensitively) and a
    payload that is a string or, for multiparts, a list of Messages."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        out = StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom, policy=policy).encode('utf-8')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (one part when i is given); decode=True undoes the
        Content-Transfer-Encoding and returns bytes."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str) and getattr(self, '_8bit_charset', None):
            bpayload = payload.encode(self._8bit_charset)
        elif isinstance(payload, str):
            try:
                bpayload = payload.encode('ascii')
            except UnicodeError:
                bpayload = payload.encode('raw-unicode-escape')
        else:
            bpayload = payload if payload is not None else b''
        if cte == 'quoted-printable':
            return quopri.decodestring(bpayload)
        if cte == 'base64':
            try:
                return base64.b64decode(bpayload)
            except binascii.Error:
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        self._8bit_charset = None
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if cte in ('base64', 'quoted-printable') and isinstance(self._payload, str):
                self._payload = charset.body_encode(self._payload)
            self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping --

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = sum(1 for k, v in self._headers if k.lower() == lname)
            if found >= max_count:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        return name.lower() in [k.lower() for k, v in self._headers]

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v) for k, v in self._headers
                  if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt')."""
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # -- content type and parameters --

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_params(str(value))[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        return _parseparam(str(value))

    def get_params(self, failobj=None, header='content-type', unquote=True):
        params = self._get_params_preserve(failobj, header)
        if params is failobj:
            return params
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        if header.lower() == 'content-type' and 'content-type' not in self:
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([str(ctype), _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _formatparam(param, value, requote)
                elif not old_value:
                    append = old_param
                else:
                    append = _formatparam(old_param, old_value, requote)
                ctype = append if not ctype else SEMISPACE.join([ctype, append])
        if ctype != self.get(header):
            if replace and header in self:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                item = p if not v else _formatparam(p, v, requote)
                new_ctype = item if not new_ctype else SEMISPACE.join([new_ctype, item])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return filename.strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return boundary.rstrip()

    def set_boundary(self, boundary):
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        newparams = []
        found = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                newparams.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                newparams.append((pk, pv))
        if not found:
            newparams.append(('boundary', '"%s"' % boundary))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                parts = [k if not v2 else '%s=%s' % (k, v2) for k, v2 in newparams]
                newheaders.append(self.policy.header_store_parse(h, SEMISPACE.join(parts)))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_params(str(value))[0].lower()

    def walk(self):
        """This part, then every subpart depth first."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part under the default policy (no MIME-Version header of its own)."""

    def __init__(self, policy=None):
        if policy is None:
            policy = _default_policy
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        return False if disposition is None else \
            _split_params(str(disposition))[0].lower() == 'attachment'

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def iter_attachments(self):
        if not self.is_multipart():
            return
        for part in self.get_payload():
            if part.is_attachment():
                yield part

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        for part in self.walk():
            if part.get_content_maintype() == 'text' and not part.is_attachment():
                if part.get_content_subtype() in preferencelist:
                    return part
        return None

    def get_content(self, *args, content_manager=None, **kw):
        from email.contentmanager import raw_data_manager
        return (content_manager or raw_data_manager).get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        from email.contentmanager import raw_data_manager
        (content_manager or raw_data_manager).set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            disallowed_subtypes = disallowed_subtypes + (subtype,)
            if existing in disallowed_subtypes:
                raise ValueError("Cannot convert {} to {}".format(existing, subtype))
        keep, moved = [], []
        for name, value in self._headers:
            (moved if name.lower().startswith('content-') else keep).append((name, value))
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != 'multipart'
                or self.get_content_subtype() != _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the default policy: set_content adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
