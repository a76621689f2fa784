"""logging.config: configuring logging from a dictionary (dictConfig, schema version 1).

Supported: formatters (format, datefmt, style, validate, class, '()' factories), filters
(name or '()'), handlers (class or '()', level, formatter, filters, '.' properties, any
other keys as constructor arguments; MemoryHandler targets), loggers and root (level,
handlers, filters, propagate), disable_existing_loggers, incremental, and the 'ext://' and
'cfg://' value prefixes. fileConfig and listen are not provided.
"""

import sys
import logging
import logging.handlers

__all__ = ['dictConfig', 'valid_ident', 'DictConfigurator', 'BaseConfigurator']


def valid_ident(s):
    ok = bool(s) and (s[0].isalpha() or s[0] == '_') and s.isascii() and \
        all(c.isalnum() or c == '_' for c in s)
    if not ok:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve_dotted(name):
    # 'package.module.attr' -> the object, importing modules on the way.
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _copy_structure(value):
    if isinstance(value, dict):
        return {k: _copy_structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_structure(v) for v in value]
    return value


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers the new configuration does not name are disabled (if disable_existing), except
    # descendants of named loggers, which are reset to pass everything up.
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class BaseConfigurator(object):
    """Value conversion shared by configurators: 'ext://a.b' is the object a.b, and
    'cfg://key.sub[0]' a value elsewhere in the configuration."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        # Work on a copy of the dict/list structure: the caller's dictionary is not changed.
        self.config = _copy_structure(config)

    def resolve(self, s):
        try:
            return _resolve_dotted(s)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value.strip()
        word, rest = self._take_word(rest, value)
        d = self.config[word]
        while rest:
            if rest[0] == '.':
                word, rest = self._take_word(rest[1:].lstrip(), value)
                d = self.convert(d[word])
            elif rest[0] == '[':
                end = rest.find(']')
                if end < 0:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                idx = rest[1:end].strip()
                rest = rest[end + 1:].lstrip()
                if idx.isdigit():
                    try:
                        d = d[int(idx)]
                    except TypeError:
                        d = d[idx]
                else:
                    d = d[idx]
                d = self.convert(d)
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    @staticmethod
    def _take_word(text, value):
        i = 0
        while i < len(text) and (text[i].isalnum() or text[i] == '_'):
            i += 1
        if i == 0:
            raise ValueError("Unable to convert %r" % value)
        return text[:i], text[i:].lstrip()

    def convert(self, value):
        if isinstance(value, str):
            sep = value.find('://')
            if sep > 0 and value[:sep].isalpha() and value[:sep].islower():
                converter = self.value_converters.get(value[:sep])
                if converter:
                    return getattr(self, converter)(value[sep + 3:])
        return value

    def configure_custom(self, config):
        """Calls config['()'] (an object or a dotted name) with the other identifier keys as
        keyword arguments, then sets the attributes in config['.']."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        # Only levels (of named handlers and of loggers) and propagate change.
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # Handlers in name order; a MemoryHandler whose target is not built yet waits.
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except _TargetNotReady:
                deferred.append(name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        existing = sorted(logging.root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                for other in existing[existing.index(name) + 1:]:
                    if other.startswith(prefix):
                        child_loggers.append(other)
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(dict(config))
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config = dict(config)
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        c = _resolve_dotted(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        props = config.pop('.', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if isinstance(factory, type) and \
                    issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
                if not isinstance(target, logging.Handler):
                    raise _TargetNotReady()
                config['target'] = target
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te) or 'stream' not in kwargs:
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _TargetNotReady(Exception):
    pass


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the logging.config documentation)."""
    dictConfigClass(config).configure()
