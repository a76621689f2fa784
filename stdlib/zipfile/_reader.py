"""Reading ZIP archives: finding the end record, the central directory's entries, and
`ZipExtFile`, a member's data (checked against its CRC) as a readable binary stream."""

import io
import struct
import zlib

from zipfile._info import (ZipInfo, BadZipFile, ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA,
                           FILE_HEADER, FILE_HEADER_MAGIC, CENTRAL_DIR, CENTRAL_DIR_MAGIC,
                           END_ARCHIVE, END_ARCHIVE_MAGIC, FLAG_UTF8, compressor_names)


def find_end_record(fp):
    """The end-of-central-directory record's fields and the archive comment, or None."""
    fp.seek(0, 2)
    filesize = fp.tell()
    size = END_ARCHIVE.size
    if filesize < size:
        return None
    fp.seek(-size, 2)
    data = fp.read()
    if len(data) == size and data[0:4] == END_ARCHIVE_MAGIC and data[-2:] == b"\000\000":
        return list(END_ARCHIVE.unpack(data)) + [b"", filesize - size]
    # the record is followed by a comment of up to 64 KiB
    start = max(filesize - (1 << 16) - size, 0)
    fp.seek(start, 0)
    data = fp.read()
    at = data.rfind(END_ARCHIVE_MAGIC)
    if at >= 0:
        rec = data[at:at + size]
        if len(rec) != size:
            return None
        fields = list(END_ARCHIVE.unpack(rec))
        comment = data[at + size:at + size + fields[7]]
        return fields + [comment, start + at]
    return None


def read_central_directory(fp, metadata_encoding=None):
    try:
        endrec = find_end_record(fp)
    except OSError:
        raise BadZipFile("File is not a zip file")
    if not endrec:
        raise BadZipFile("File is not a zip file")
    size_cd = endrec[5]
    offset_cd = endrec[6]
    comment = endrec[8]
    end_at = endrec[9]
    concat = end_at - size_cd - offset_cd
    start_dir = offset_cd + concat
    if start_dir < 0:
        raise BadZipFile("Bad offset for central directory")
    fp.seek(start_dir, 0)
    data = fp.read(size_cd)
    infos = []
    pos = 0
    while pos < size_cd:
        centdir = data[pos:pos + CENTRAL_DIR.size]
        if len(centdir) != CENTRAL_DIR.size:
            raise BadZipFile("Truncated central directory")
        centdir = CENTRAL_DIR.unpack(centdir)
        if centdir[0] != CENTRAL_DIR_MAGIC:
            raise BadZipFile("Bad magic number for central directory")
        pos += CENTRAL_DIR.size
        name_len, extra_len, comment_len = centdir[12], centdir[13], centdir[14]
        filename = data[pos:pos + name_len]
        flags = centdir[5]
        if flags & FLAG_UTF8:
            filename = filename.decode('utf-8')
        else:
            filename = filename.decode(metadata_encoding or 'cp437')
        x = ZipInfo(filename)
        x.extra = data[pos + name_len:pos + name_len + extra_len]
        x.comment = data[pos + name_len + extra_len:pos + name_len + extra_len + comment_len]
        x.header_offset = centdir[18]
        (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
         x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
        x.volume, x.internal_attr, x.external_attr = centdir[15:18]
        x._raw_time = t
        x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F,
                       (t & 0x1F) * 2)
        _decode_extra(x)
        x.header_offset = x.header_offset + concat
        infos.append(x)
        pos += name_len + extra_len + comment_len
    return start_dir, comment, infos


def _decode_extra(zinfo):
    """Sizes and offset from a ZIP64 extra field, where the record says 0xffffffff."""
    extra = zinfo.extra
    while len(extra) >= 4:
        tp, ln = struct.unpack('<HH', extra[:4])
        if tp == 1:
            data = extra[4:4 + ln]
            fields = []
            for i in range(0, len(data) - 7, 8):
                fields.append(struct.unpack('<Q', data[i:i + 8])[0])
            if zinfo.file_size in (0xFFFFFFFF,) and fields:
                zinfo.file_size = fields.pop(0)
            if zinfo.compress_size == 0xFFFFFFFF and fields:
                zinfo.compress_size = fields.pop(0)
            if zinfo.header_offset == 0xFFFFFFFF and fields:
                zinfo.header_offset = fields.pop(0)
        extra = extra[ln + 4:]


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: decompressed when opened (corio), CRC checked."""
    __module__ = 'zipfile'

    def __init__(self, fp, zinfo):
        self.name = zinfo.filename
        self.mode = 'r'
        self._compress_type = zinfo.compress_type
        self._data = io.BytesIO(_member_data(fp, zinfo))

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(self._compress_type, self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._data.read(n)

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        pos = self._data.tell()
        chunk = self._data.read(max(n, 512))
        self._data.seek(pos)
        return chunk

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._data.readline(limit)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        return self._data.seek(offset, whence)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._data.tell()


def _member_data(fp, zinfo):
    fp.seek(zinfo.header_offset)
    fheader = fp.read(FILE_HEADER.size)
    if len(fheader) != FILE_HEADER.size:
        raise BadZipFile("Truncated file header")
    fheader = FILE_HEADER.unpack(fheader)
    if fheader[0] != FILE_HEADER_MAGIC:
        raise BadZipFile("Bad magic number for file header")
    fname = fp.read(fheader[10])
    if fheader[11]:
        fp.read(fheader[11])
    if zinfo.flag_bits & 0x20:
        raise NotImplementedError("compressed patched data (flag bit 5)")
    if zinfo.flag_bits & 0x40:
        raise NotImplementedError("strong encryption (flag bit 6)")
    if zinfo.flag_bits & 0x1:
        raise NotImplementedError("encrypted archives are not supported by corio")
    fname_str = fname.decode("utf-8" if fheader[3] & FLAG_UTF8 else "cp437")
    if fname_str != zinfo.orig_filename:
        raise BadZipFile('File name in directory %r and header %r differ.'
                         % (zinfo.orig_filename, fname))
    raw = fp.read(zinfo.compress_size)
    if zinfo.compress_type == ZIP_STORED:
        data = raw
    elif zinfo.compress_type == ZIP_DEFLATED:
        d = zlib.decompressobj(-15)
        data = d.decompress(raw) + d.flush()
    elif zinfo.compress_type == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    elif zinfo.compress_type == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    else:
        descr = compressor_names.get(zinfo.compress_type)
        if descr:
            raise NotImplementedError("compression type %d (%s)" % (zinfo.compress_type, descr))
        raise NotImplementedError("compression type %d" % (zinfo.compress_type,))
    if zlib.crc32(data) != zinfo.CRC:
        raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
    return data
