"""email.headerregistry: header values under the default policy, as str subclasses
that know their name (and, for address headers, their parsed addresses)."""

import datetime

from email._rfc822_scan import quote

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader', 'AddressHeader',
           'DateHeader', 'HeaderRegistry', 'make_header_value']


class Address:
    """One mailbox: display name, username and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, _, domain = addr_spec.rpartition('@') if '@' in addr_spec \
                else (addr_spec, '', '')
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        if self.domain:
            return self.username + '@' + self.domain
        return self.username or '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if name:
            if any(ch in name for ch in '()<>@,:;.\"[]'):
                name = '"' + quote(name) + '"'
            return "{} <{}>".format(name, self.addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name
                and self.username == other.username and self.domain == other.domain)


class Group:
    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        return "{}: {};".format(self.display_name, ", ".join(str(x) for x in self.addresses))


class BaseHeader(str):
    """A header value that remembers its header name."""

    max_count = None

    def __new__(cls, name, value):
        self = str.__new__(cls, value)
        self._name = name
        self._defects = ()
        return self

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (str, (str(self),))


class UnstructuredHeader(BaseHeader):
    pass


class AddressHeader(BaseHeader):
    """To, From, Cc...: the value plus .addresses and .groups."""

    def __new__(cls, name, value):
        if isinstance(value, (Address, Group)):
            value = [value]
        if isinstance(value, (list, tuple)):
            value = ', '.join(str(item) for item in value)
        self = BaseHeader.__new__(cls, name, value)
        from email.utils import getaddresses
        self._groups = tuple(Group(None, [Address(disp, addr_spec=addr)])
                             for disp, addr in getaddresses([value]) if addr or disp)
        return self

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        return tuple(a for g in self._groups for a in g.addresses)


class DateHeader(BaseHeader):
    """Date: formatted from a datetime; .datetime parses it back."""

    def __new__(cls, name, value):
        from email import utils
        if isinstance(value, datetime.datetime):
            dt = value
            value = utils.format_datetime(value)
        else:
            try:
                dt = utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                dt = None
        self = BaseHeader.__new__(cls, name, value)
        self._datetime = dt
        return self

    @property
    def datetime(self):
        return self._datetime


_ADDRESS_HEADERS = {'to', 'from', 'cc', 'bcc', 'sender', 'reply-to', 'resent-to',
                    'resent-from', 'resent-cc', 'resent-bcc', 'resent-sender'}


def _decode_ews(value):
    from email.header import ecre, decode_header
    if not isinstance(value, str) or not ecre.search(value):
        return value
    out = []
    for text, charset in decode_header(value):
        if isinstance(text, bytes):
            text = text.decode(charset or 'ascii', 'replace')
        out.append(text)
    return ''.join(out)


def make_header_value(name, value):
    value = _decode_ews(value)
    lname = name.lower()
    if lname in _ADDRESS_HEADERS:
        return AddressHeader(name, value)
    if lname in ('date', 'resent-date', 'orig-date'):
        return DateHeader(name, value)
    return UnstructuredHeader(name, str(value))


class HeaderRegistry:
    def __call__(self, name, value):
        return make_header_value(name, value)
