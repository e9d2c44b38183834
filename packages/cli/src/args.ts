import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` in strict mode, with its errors turned into short usage errors of the command
 * ("unknown option '--fromat'") instead of Node's paragraph about positionals.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: readonly string[], options: O) {
    try {
        return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    } catch (error) {
        throw new UsageError(describeParseError(error, options), command);
    }
}

function describeParseError(error: unknown, options: Options): string {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1];
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const option = quoted ?? message;
            const names = Object.keys(options).map(name => `--${name}`);
            return `unknown option '${option}'${option.startsWith('--') ? didYouMean(option.split('=')[0], names) : ''}`;
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            // "Option '-f, --format <value>' argument missing" or "Option '--quiet' does not take an argument"
            const name = quoted?.split(/[ ,]+/).find(part => part.startsWith('--')) ?? quoted;
            if (message.includes('argument missing')) {
                return `option '${name}' needs a value`;
            }
            if (message.includes('ambiguous')) {
                return `option '${name}' needs a value (write ${name}=<value> for a value that starts with '-')`;
            }
            if (name && options[name.replace(/^--/, '')]?.type === 'boolean') {
                return `option '${name}' does not take a value`;
            }
            return message.split('\n')[0];
        }
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `unexpected argument '${quoted ?? message}'`;
    }
    return message.split('\n')[0];
}

/** A non-negative whole number, or a usage error naming the option. */
export function nonNegativeInteger(command: string, option: string, value: string): number {
    if (!/^\d+$/.test(value.trim())) {
        throw new UsageError(`option '${option}' needs a whole number of 0 or more, not '${value}'`, command);
    }
    return Number(value.trim());
}
