"""`shutil.make_archive` and `shutil.unpack_archive` for the zip format (the one archive
format corio has; the tar formats answer as an unknown format would)."""

import os
import stat


class ReadError(OSError):
    """Raised when an archive cannot be read."""
    __module__ = 'shutil'


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""
    __module__ = 'shutil'


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
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


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    if format != 'zip':
        raise ValueError("unknown archive format '%s'" % format)
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
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
        return _make_zipfile(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)


def get_archive_formats():
    return [('zip', 'ZIP file')]


def get_unpack_formats():
    return [('zip', ['.zip'], 'ZIP file')]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        if format != 'zip':
            raise ValueError("Unknown unpack format '{0}'".format(format))
    elif not filename.lower().endswith('.zip'):
        raise ReadError("Unknown archive format '{0}'".format(filename))
    _unpack_zipfile(filename, extract_dir)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    from shutil import copyfileobj
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            # don't extract absolute paths or ones with .. in them
            if name.startswith('/') or '..' in name:
                continue
            targetpath = os.path.join(extract_dir, *name.split('/'))
            if not targetpath:
                continue
            dirname = os.path.dirname(targetpath)
            if not os.path.isdir(dirname):
                os.makedirs(dirname)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(targetpath, 'wb') as target:
                    copyfileobj(source, target)
