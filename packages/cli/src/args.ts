import { Command as Program, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';

/**
 * Command lines are parsed by commander (a kept library: option syntax, `--opt=value`, grouped short
 * flags, negations, "did you mean" for a mistyped option, and the help layout). Commands describe
 * their options as data (`OptionSpecs`); `defineProgram` turns them into a commander program and
 * `parseWith` parses a command line with it into `values` (by the spec's own names, as given) and
 * `positionals`. Commander's errors become one-line usage errors of the command.
 */
export interface OptionSpec {
    readonly type: 'string' | 'boolean';
    readonly short?: string;
    /** The option may be repeated; its values are collected in order. */
    readonly multiple?: boolean;
    /** The value's name in the help: `file` gives `--output-file <file>`. */
    readonly value?: string;
    /** One line or more for the help; lines that start with spaces are kept as written. */
    readonly description?: string;
    /** The heading of the help section the option is listed under ("Output:"). */
    readonly group?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type ParsedValues<O extends OptionSpecs> = {
    -readonly [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
};

export interface Parsed<O extends OptionSpecs> {
    values: ParsedValues<O>;
    positionals: string[];
}

export interface ProgramSpec<O extends OptionSpecs> {
    /** The command's name as typed: "lint" (the program is shown as "sanction lint"). */
    readonly name: string;
    /** What follows the name in the usage line: "[options] <files|folders|globs...>". */
    readonly usage?: string;
    readonly description?: string;
    /** Operands for the help's "Arguments:" section: name and description. */
    readonly arguments?: ReadonlyArray<readonly [string, string]>;
    readonly options: O;
    /** Text printed after the options (examples, exit codes). */
    readonly after?: string;
}

/** Help is laid out for this width whatever the terminal, so it reads the same in every log. */
const HELP_WIDTH = 92;

/** The commander program of a command: its options, help and usage. Parse with `parseWith`. */
export function defineProgram<O extends OptionSpecs>(spec: ProgramSpec<O>): Program {
    const program = new Program(`sanction ${spec.name}`.trim())
        .helpOption(false)
        .allowExcessArguments(true)
        .showSuggestionAfterError(true)
        .configureHelp({ helpWidth: HELP_WIDTH, sortOptions: false })
        .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
        .exitOverride();
    if (spec.usage) {
        program.usage(spec.usage);
    }
    if (spec.description) {
        program.description(spec.description);
    }
    for (const [name, description] of spec.arguments ?? []) {
        program.argument(`[${name}...]`, description);
    }
    for (const [name, option] of Object.entries(spec.options)) {
        const flags = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${option.value ?? 'value'}>` : ''}`;
        const created = new Option(flags, option.description ?? '');
        if (option.group) {
            created.helpGroup(option.group);
        }
        program.addOption(created);
    }
    if (spec.after) {
        afterText.set(program, `\n${spec.after.replace(/\n$/, '')}\n`);
    }
    return program;
}

/** Text after the options of each program's help (commander prints its own only on --help). */
const afterText = new WeakMap<Program, string>();

/** The help text of a program, as `--help` prints it. */
export function helpOf(program: Program): string {
    return program.helpInformation() + (afterText.get(program) ?? '');
}

/** Every long option a program accepts, `--format`, `--no-config`…, for checks of docs and recipes. */
export function longOptionsOf(program: Program): string[] {
    return program.options.flatMap(option => option.long ? [option.long] : []);
}

/** Parses a command line (the arguments after the command's name) with the command's program. */
export function parseWith<O extends OptionSpecs>(command: string, program: Program, options: O, argv: readonly string[]): Parsed<O> {
    const values: Record<string, unknown> = {};
    // Each option's own event, so `--config` and `--no-config` stay two options (commander would
    // fold them into one value) and repeated options are collected. A program parses once.
    for (const [name, option] of Object.entries(options)) {
        program.on(`option:${name}`, (value: unknown) => {
            const given = option.type === 'boolean' ? true : String(value);
            values[name] = option.multiple ? [...((values[name] as unknown[] | undefined) ?? []), given] : given;
        });
    }
    try {
        program.parse([...argv], { from: 'user' });
    } catch (error) {
        throw new UsageError(describeCommanderError(error), command);
    }
    return { values: values as ParsedValues<O>, positionals: [...program.args] };
}

/**
 * Parses a command line against option specs in one call: what a command with no program of its
 * own uses (the same syntax and errors as the others).
 */
export function parseCommandArgs<O extends OptionSpecs>(command: string, argv: readonly string[], options: O): Parsed<O> {
    return parseWith(command, defineProgram({ name: command, options }), options, argv);
}

/** Commander's error as our one-line usage message: "unknown option '--fromat' (did you mean --format?)". */
function describeCommanderError(error: unknown): string {
    if (!(error instanceof CommanderError)) {
        return error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    const message = error.message.replace(/^error: /, '');
    const [first, ...rest] = message.split('\n').map(line => line.trim()).filter(Boolean);
    const suggestion = rest.map(line => /^\(Did you mean (.+)\?\)$/.exec(line)?.[1]).find(Boolean);
    switch (error.code) {
        case 'commander.unknownOption':
            return `${first}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
        case 'commander.optionMissingArgument': {
            const name = /--[\w-]+/.exec(first)?.[0] ?? first;
            return `option '${name}' needs a value`;
        }
    }
    return [first, ...rest].join(' ');
}

/** A non-negative whole number, or a usage error naming the option. */
export function nonNegativeInteger(command: string, option: string, value: string): number {
    if (!/^\d+$/.test(value.trim())) {
        throw new UsageError(`option '${option}' needs a whole number of 0 or more, not '${value}'`, command);
    }
    return Number(value.trim());
}
