"""json.tool: `corio -m json.tool [infile] [outfile]` validates and pretty-prints JSON,
with CPython's options, help text and error exits."""

import argparse
import json
import sys
from pathlib import Path


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate '
                    'and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=sys.stdin,
                        type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', default=None, type=Path,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. Use with '
                             '--no-indent or --compact to produce valid JSON Lines output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of '
                             'spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return parser


def main():
    opts = _parser().parse_args()
    style = {'sort_keys': opts.sort_keys, 'ensure_ascii': opts.ensure_ascii,
             'indent': opts.indent}
    if opts.compact:
        style['indent'] = None
        style['separators'] = (',', ':')
    source = opts.infile
    try:
        if opts.json_lines:
            documents = (json.loads(line) for line in source)
        else:
            documents = (json.load(source),)
        # like CPython, the output file is created before the input is parsed
        out = sys.stdout if opts.outfile is None else opts.outfile.open('w', encoding='utf-8')
        with out:
            for doc in documents:
                json.dump(doc, out, **style)
                out.write('\n')
    except ValueError as exc:
        # a bad document: its message on stderr, exit status 1
        raise SystemExit(exc)
    finally:
        source.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
