import type { Io } from './io.js';

/** Runs of fewer files finish before progress would tell anyone anything. */
export const PROGRESS_MIN_FILES = 100;

/**
 * Whether `sanction lint` shows progress on stderr: as `--progress` / `--no-progress` say; else only
 * on a terminal (never into a CI log, a pipe or a file) and only for a long run, by its number of
 * files (not by time, so the same run always behaves the same).
 */
export function showProgress(options: { option?: boolean; stderrIsTTY?: boolean; env: Io['env']; files: number }): boolean {
    if (options.option !== undefined) {
        return options.option;
    }
    return options.stderrIsTTY === true && !options.env.CI && options.files >= PROGRESS_MIN_FILES;
}

export interface Progress {
    /** `done` of `total` files linted. */
    update(done: number, total: number): void;
    /** The run is over: on a terminal, the progress line is cleared. */
    end(): void;
}

/**
 * Progress on stderr: on a terminal one line rewritten in place ("sanction: linted 200 of 1000
 * files"), elsewhere (--progress into a log) one line per step.
 */
export function progressOn(io: Io): Progress {
    let shown = false;
    return {
        update(done, total) {
            const line = `sanction: linted ${done} of ${total} files`;
            if (io.stderrIsTTY) {
                io.stderr(`\r\x1b[K${line}`);
                shown = true;
            } else {
                io.stderr(`${line}\n`);
            }
        },
        end() {
            if (shown) {
                io.stderr('\r\x1b[K');
                shown = false;
            }
        }
    };
}
