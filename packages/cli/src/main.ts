// First, before Langium and Chevrotain are loaded: they need Object.groupBy (Node 21+).
import '@sanction-orders/language/polyfills.js';
import { reportFailure, run } from './cli.js';
import { EXIT, processIo } from './io.js';

/** Entry point of the `sanction` bin. The exit code is set, not forced, so stdout is flushed. */
function main(): void {
    const io = processIo();
    // Langium logs a check that throws to the console, stack and all; the finding it adds ("An error
    // occurred during validation: …") already says so in one line. Stacks only with SANCTION_DEBUG=1.
    if (io.env.SANCTION_DEBUG !== '1') {
        console.error = () => undefined;
        console.warn = () => undefined;
    }
    // `sanction lint … | head`: the reader went away; there is nobody left to tell.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
            process.exit(process.exitCode ?? EXIT.ok);
        }
        throw error;
    });
    // Failures outside the command's promise (a callback that throws): report, and stop there.
    const crash = (error: unknown) => {
        process.exit(reportFailure(error, io));
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
    run(process.argv.slice(2), io).then(code => {
        process.exitCode = code;
    }, crash);
}

main();
