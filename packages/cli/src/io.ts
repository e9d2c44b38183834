/** What a command may touch of the outside world; tests can pass their own. */
export interface Io {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** Whether stdout is a terminal (colour is used only then). */
    readonly stdoutIsTTY: boolean;
    /** Whether stderr is a terminal (progress is shown only then, unless asked for). */
    readonly stderrIsTTY?: boolean;
    stdout(text: string): void;
    stderr(text: string): void;
    /** All of stdin, as bytes (`sanction lint --stdin` decodes them as UTF-8 text or refuses them). */
    readStdin?(): Promise<Uint8Array>;
}

export function processIo(): Io {
    return {
        cwd: process.cwd(),
        env: process.env,
        stdoutIsTTY: process.stdout.isTTY === true,
        stderrIsTTY: process.stderr.isTTY === true,
        stdout: text => void process.stdout.write(text),
        stderr: text => void process.stderr.write(text),
        readStdin: async () => {
            const chunks: Buffer[] = [];
            for await (const chunk of process.stdin) {
                chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
            }
            return Buffer.concat(chunks);
        }
    };
}

/** Exit codes, the same for every command. */
export const EXIT = {
    /** Nothing to report, or only warnings within --max-warnings, infos and hints. */
    ok: 0,
    /** Errors found, or more warnings than --max-warnings allows. */
    problems: 1,
    /** Usage error, unreadable input, or an internal error: the lint did not run to the end. */
    failure: 2
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
