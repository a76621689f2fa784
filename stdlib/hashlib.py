"""hashlib: secure hashes and message digests over the native _hashlib (RustCrypto's md5,
sha1, sha2, sha3, shake and blake2). Constructors are the native functions CPython exposes
(hashlib.md5 is _hashlib.openssl_md5); file_digest follows CPython 3.11's."""

import _hashlib
from _hashlib import new

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'blake2b', 'blake2s',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                                   'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def _pbkdf2_hmac():
    from _clinic_args import clinic, index, MISSING
    from _traceback import _hide_frames

    # CPython's is C (OpenSSL's PKCS5_PBKDF2_HMAC): its frame never shows in a traceback.
    @_hide_frames
    def pbkdf2_hmac(*args, **kwargs):
        """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
        pseudorandom function."""
        hash_name, password, salt, iterations, dklen = clinic(
            'pbkdf2_hmac', args, kwargs, ('hash_name', 'password', 'salt', 'iterations', 'dklen'), 4)
        if not isinstance(hash_name, str):
            raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                            % type(hash_name).__name__)
        iterations = index(iterations)
        if iterations < 1:
            raise ValueError('iteration value must be greater than 0.')
        if iterations > 2**31 - 1:
            raise OverflowError('iteration value is too great.')
        if dklen is None or dklen is MISSING:
            dklen = 0
        else:
            dklen = index(dklen)
            if dklen < 1:
                raise ValueError('key length must be greater than 0.')
            if dklen > 2**31 - 1:
                raise OverflowError('key length is too great.')
        key = _hashlib._pbkdf2(hash_name, password, salt, iterations, dklen)
        if key is None and hash_name.lower() in ('shake_128', 'shake_256'):
            # OpenSSL knows SHAKE but refuses HMAC over it.
            raise ValueError('no reason supplied')
        if key is None:
            raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
        return key

    return pbkdf2_hmac


pbkdf2_hmac = _pbkdf2_hmac()
del _pbkdf2_hmac


def _needs_buffer(value):
    if not (isinstance(value, (bytes, bytearray, memoryview))
            or hasattr(type(value), '_buffer_export')):
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _scrypt():
    from _clinic_args import clinic, MISSING
    from _traceback import _hide_frames

    def unsigned(name, value):
        if value is not MISSING and not isinstance(value, int):
            raise TypeError("scrypt() argument '%s' must be int, not %s" % (name, type(value).__name__))
        if value is MISSING or value < 0:
            raise TypeError("%s is required and must be an unsigned int" % name)
        return value

    # CPython's is C (OpenSSL's EVP_PBE_scrypt): its frame never shows in a traceback.
    @_hide_frames
    def scrypt(*args, **kwargs):
        """scrypt password-based key derivation function."""
        if len(args) > 1:
            raise TypeError("scrypt() takes exactly 1 positional argument (%d given)" % len(args))
        password, salt, n, r, p, maxmem, dklen = clinic(
            'scrypt', args, kwargs, ('password', 'salt', 'n', 'r', 'p', 'maxmem', 'dklen'), 1, 1)
        for name, value in (('n', n), ('r', r), ('p', p), ('maxmem', maxmem), ('dklen', dklen)):
            if value is not MISSING and not isinstance(value, int):
                raise TypeError("scrypt() argument '%s' must be int, not %s"
                                % (name, type(value).__name__))
        _needs_buffer(password)
        if salt is MISSING or salt is None:
            raise TypeError("salt is required")
        _needs_buffer(salt)
        n = unsigned('n', n)
        if n < 2 or n & (n - 1):
            raise ValueError("n must be a power of 2.")
        r = unsigned('r', r)
        p = unsigned('p', p)
        maxmem = 0 if maxmem is MISSING else maxmem
        if not 0 <= maxmem <= 2**31 - 1:
            raise ValueError("maxmem must be positive and smaller than %d" % (2**31 - 1))
        dklen = 64 if dklen is MISSING else dklen
        if not 1 <= dklen <= 2**31 - 1:
            raise ValueError("dklen must be greater than 0 and smaller than %d" % (2**31 - 1))
        return _hashlib._scrypt(password, salt, n, r, p, maxmem, dklen)

    return scrypt


scrypt = _scrypt()
del _scrypt
