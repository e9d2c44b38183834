/** The command line was wrong: unknown command or option, a bad value, no files. Exit 2. */
export class UsageError extends Error {
    /** The command whose usage to show ("lint", "checks"), or undefined for the top level. */
    readonly command?: string;

    constructor(message: string, command?: string) {
        super(message);
        this.name = 'UsageError';
        this.command = command;
    }
}

/** One input that could not be read: the path as the user knows it, and why. */
export interface Unreadable {
    /** As shown to the user: relative to the working directory, or the pattern as given. */
    readonly path: string;
    /** One short reason: "no such file", "permission denied", "no .sanction files match". */
    readonly reason: string;
}

/** Some input could not be read: one line per input on stderr, nothing on stdout, exit 2. */
export class InputError extends Error {
    readonly unreadable: readonly Unreadable[];

    constructor(unreadable: readonly Unreadable[]) {
        super(unreadable.map(u => `cannot read ${u.path}: ${u.reason}`).join('\n'));
        this.name = 'InputError';
        this.unreadable = unreadable;
    }
}

/** A file the CLI has to write (--output-file, a baseline) cannot be written. Exit 2. */
export class OutputError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`cannot write ${path}: ${reason}`);
        this.name = 'OutputError';
    }
}

/** A failure of sanction itself, not of its input: reported as such, with a plea to report it. Exit 2. */
export class InternalError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'InternalError';
    }
}

/** A configuration file is not valid: one line per problem, naming the file, position and key. Exit 2. */
export class ConfigError extends Error {
    readonly problems: readonly string[];

    constructor(problems: readonly string[]) {
        super(problems.join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}

/** The one-line reason for a file-system error, in the words the core uses (core/lint.ts). */
export function describeFsError(error: unknown): string {
    const code = (error as { code?: string } | undefined)?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a folder, not a file';
        case 'ELOOP':
            return 'too many symbolic links';
        case 'ENAMETOOLONG':
            return 'name too long';
        case 'EEXIST':
            return 'a file is in the way of a folder it needs';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'EROFS':
            return 'read-only file system';
    }
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0];
}
