"""`shutil.make_archive` and `shutil.unpack_archive` for zip, tar and gzip'ed tar
archives (the bzip2 and xz tar formats need modules corio does not have, so they answer
as an unknown format would, as on a CPython built without them)."""

import os
import stat


class ReadError(OSError):
    """Raised when an archive cannot be read."""
    __module__ = 'shutil'


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""
    __module__ = 'shutil'


def _make_folder_for(archive, dry_run, logger):
    """Create the directory an archive is to be written in, if it is missing."""
    folder = os.path.dirname(archive)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    import zipfile
    zip_filename = base_name + ".zip"
    _make_folder_for(base_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            arcname = os.path.normpath(base_dir)
            if root_dir is not None:
                base_dir = os.path.join(root_dir, base_dir)
            base_dir = os.path.normpath(base_dir)
            if arcname != os.curdir:
                zf.write(base_dir, arcname)
            for dirpath, dirnames, filenames in os.walk(base_dir):
                arcdirpath = dirpath
                if root_dir is not None:
                    arcdirpath = os.path.relpath(arcdirpath, root_dir)
                arcdirpath = os.path.normpath(arcdirpath)
                for name in sorted(dirnames):
                    zf.write(os.path.join(dirpath, name), os.path.join(arcdirpath, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, os.path.join(arcdirpath, name))
    return zip_filename


def _make_tarball(base_name, base_dir, compression='', dry_run=0, logger=None,
                  owner=None, group=None, root_dir=None):
    """Write base_name + '.tar' (+ '.gz') holding base_dir (under root_dir, if given)."""
    import tarfile
    archive = base_name + '.tar' + ('.' + compression if compression else '')
    _make_folder_for(archive, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid, gid = _owner_id(owner, 'pwd', 'getpwnam'), _owner_id(group, 'grp', 'getgrnam')

    def as_owned(member):
        # the owner and group asked for replace the files' own
        if gid is not None:
            member.gid, member.gname = gid, group
        if uid is not None:
            member.uid, member.uname = uid, owner
        return member

    if not dry_run:
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        with tarfile.open(archive, 'w|' + compression) as tar:
            tar.add(source, base_dir, filter=as_owned)
    return archive


def _owner_id(name, module, lookup):
    """The uid/gid for an owner or group name (None when not given or unknown)."""
    if name is None:
        return None
    try:
        entry = getattr(__import__(module), lookup)(name)
    except (ImportError, KeyError):
        return None
    return entry[2]


# format name -> (maker, its extra arguments, description)
_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, {'compression': ''}, "uncompressed tar file"),
    'gztar': (_make_tarball, {'compression': 'gz'}, "gzip'ed tar-file"),
    'zip': (_make_zipfile, {}, "ZIP file"),
}


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    maker, extra, _ = _ARCHIVE_FORMATS[format]
    kwargs = dict(extra, dry_run=dry_run, logger=logger, owner=owner, group=group)
    if base_dir is None:
        base_dir = os.curdir
    save_cwd = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            import errno
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        # matches CPython 3.11: the archive is made from inside root_dir, so the name
        # returned is absolute.
        save_cwd = os.getcwd()
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    try:
        return maker(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)


def get_archive_formats():
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


# format name -> (file name endings, unpacker, description)
_UNPACK_FORMATS = {
    'tar': (['.tar'], '_unpack_tarfile', "uncompressed tar file"),
    'zip': (['.zip'], '_unpack_zipfile', "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], '_unpack_tarfile', "gzip'ed tar-file"),
}


def get_unpack_formats():
    return sorted((name, endings, description)
                  for name, (endings, _, description) in _UNPACK_FORMATS.items())


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        # the format is told by the file name's ending
        format = next((name for name, (endings, _, _) in _UNPACK_FORMATS.items()
                       if filename.endswith(tuple(endings))), None)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    unpacker = globals()[_UNPACK_FORMATS[format][1]]
    if unpacker is _unpack_tarfile:
        unpacker(filename, extract_dir, filter=filter)
    else:
        unpacker(filename, extract_dir)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    from shutil import copyfileobj
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for member in archive.infolist():
            inside = member.filename
            # members that would land outside extract_dir (absolute, or climbing with
            # '..') are skipped
            if inside.startswith('/') or '..' in inside:
                continue
            target = os.path.join(extract_dir, *inside.split('/'))
            if not target:
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if inside.endswith('/'):
                continue
            with archive.open(inside, 'r') as source, open(target, 'wb') as sink:
                copyfileobj(source, sink)
