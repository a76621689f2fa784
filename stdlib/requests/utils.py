"""requests.utils: the default request headers and the body encoding a Content-Type implies."""

from .structures import CaseInsensitiveDict


def default_user_agent(name="python-requests"):
    from . import __version__
    return f"{name}/{__version__}"


def default_headers():
    return CaseInsensitiveDict({
        'User-Agent': default_user_agent(),
        'Accept-Encoding': 'gzip, deflate',
        'Accept': '*/*',
        'Connection': 'keep-alive',
    })


def get_encoding_from_headers(headers):
    content_type = headers.get('content-type')
    if not content_type:
        return None
    ctype, *params = content_type.split(';')
    for p in params:
        key, _, value = p.strip().partition('=')
        if key.strip().lower() == 'charset':
            return value.strip().strip('\'"')
    if 'text' in ctype:
        return 'ISO-8859-1'
    if 'application/json' in ctype:
        return 'utf-8'
    return None
