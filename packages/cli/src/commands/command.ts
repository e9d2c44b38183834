import type { ExitCode, Io } from '../io.js';

/** A subcommand: `sanction <name> …`. */
export interface Command {
    readonly name: string;
    /** One line for the command list of `sanction --help`. */
    readonly summary: string;
    /** "sanction lint [options] <files|folders|globs...>" */
    readonly usage: string;
    /** The full text of `sanction <name> --help`. */
    readonly help: string;
    run(argv: readonly string[], io: Io): Promise<ExitCode>;
}
