"""argparse's matching of a command line against a parser's actions, in CPython 3.11's order.

The command line becomes a pattern string ('O' an option, 'A' an argument, '-' a '--'); each
action's nargs is a regular expression over it. Optionals and runs of positionals are consumed
alternately, exactly as CPython's ArgumentParser._parse_known_args does, so the same command
lines give the same namespaces and the same error messages.
"""

from argparse import ArgumentError, _get_action_name
from _argparse_help import SUPPRESS


class _State:
    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.positionals = parser._get_positional_actions()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            actions = group._group_actions
            for i, action in enumerate(actions):
                found = self.conflicts.setdefault(action, [])
                found.extend(actions[:i])
                found.extend(actions[i + 1:])
        self.option_indices = {}
        parts = []
        rest = iter(enumerate(arg_strings))
        for i, arg_string in rest:
            if arg_string == '--':
                parts.append('-')
                for _ in rest:
                    parts.append('A')
            else:
                option_tuple = parser._parse_optional(arg_string)
                if option_tuple is None:
                    parts.append('A')
                else:
                    self.option_indices[i] = option_tuple
                    parts.append('O')
        self.pattern = ''.join(parts)

    def take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        values = self.parser._get_values(action, argument_strings)
        # An action given its default value does not count as present for mutual exclusion.
        if values is not action.default:
            self.seen_non_default_actions.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default_actions:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, start_index):
        parser = self.parser
        action, option_string, explicit_arg = self.option_indices[start_index]
        action_tuples = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start_index])
                return start_index + 1
            if explicit_arg is not None:
                arg_count = parser._match_argument(action, 'A')
                chars = parser.prefix_chars
                if arg_count == 0 and option_string[1] not in chars and explicit_arg != '':
                    # -xyz: x takes no argument, so y and z are more single-dash options.
                    action_tuples.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    new_explicit_arg = explicit_arg[1:] or None
                    if option_string in parser._option_string_actions:
                        action = parser._option_string_actions[option_string]
                        explicit_arg = new_explicit_arg
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                elif arg_count == 1:
                    stop = start_index + 1
                    action_tuples.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
            else:
                start = start_index + 1
                arg_count = parser._match_argument(action, self.pattern[start:])
                stop = start + arg_count
                action_tuples.append((action, self.arg_strings[start:stop], option_string))
                break
        for action, args, option_string in action_tuples:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, start_index):
        arg_counts = self.parser._match_arguments_partial(self.positionals,
                                                          self.pattern[start_index:])
        for action, arg_count in zip(self.positionals, arg_counts):
            args = self.arg_strings[start_index:start_index + arg_count]
            start_index += arg_count
            self.take_action(action, args)
        self.positionals[:] = self.positionals[len(arg_counts):]
        return start_index


def parse_known(parser, arg_strings, namespace):
    state = _State(parser, arg_strings, namespace)
    indices = state.option_indices
    start_index = 0
    max_option_index = max(indices) if indices else -1
    while start_index <= max_option_index:
        next_option_index = min([index for index in indices if index >= start_index])
        if start_index != next_option_index:
            positionals_end = state.consume_positionals(start_index)
            if positionals_end > start_index:
                start_index = positionals_end
                continue
            start_index = positionals_end
        if start_index not in indices:
            state.extras.extend(arg_strings[start_index:next_option_index])
            start_index = next_option_index
        start_index = state.consume_optional(start_index)
    stop_index = state.consume_positionals(start_index)
    state.extras.extend(arg_strings[stop_index:])
    _check_required(parser, state)
    return namespace, state.extras


def _check_required(parser, state):
    namespace = state.namespace
    required = []
    for action in parser._actions:
        if action in state.seen_actions:
            continue
        if action.required:
            required.append(_get_action_name(action))
        elif (action.default is not None and isinstance(action.default, str)
              and hasattr(namespace, action.dest)
              and action.default is getattr(namespace, action.dest)):
            # String defaults go through type= only when the argument was not given.
            setattr(namespace, action.dest, parser._get_value(action, action.default))
    if required:
        parser.error('the following arguments are required: %s' % ', '.join(required))
    for group in parser._mutually_exclusive_groups:
        if not group.required:
            continue
        if any(action in state.seen_non_default_actions for action in group._group_actions):
            continue
        names = [_get_action_name(action) for action in group._group_actions
                 if action.help is not SUPPRESS]
        parser.error('one of the arguments %s is required' % ' '.join(names))
