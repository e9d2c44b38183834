import type { MaybePromise } from 'langium';
import { isOperationCancelled } from 'langium';
import { ResponseError } from 'vscode-languageserver';

/**
 * A request that fails answers with nothing, not with an error: the editor shows no hover, no
 * completion, no outline for that request, and the next keystroke asks again. The failure is
 * logged (on stderr, which the editor shows in the server's output) with its stack, so that it can
 * be reported and fixed; the fuzzer (test/fuzz) counts every such log as a crash.
 *
 * Cancellation and deliberate refusals (a rename to a name the language cannot read) still go to
 * the client as they are.
 */
export function guard<T>(request: string, fallback: T, body: () => MaybePromise<T>): MaybePromise<T> {
    try {
        const result = body();
        if (result instanceof Promise) {
            return result.catch(error => failed(request, error, fallback));
        }
        return result;
    } catch (error) {
        return failed(request, error, fallback);
    }
}

function failed<T>(request: string, error: unknown, fallback: T): T {
    if (isOperationCancelled(error) || error instanceof ResponseError) {
        throw error;
    }
    console.error(`Sanction language server: ${request} failed and returns nothing for this request. Please report this with the document.`, error);
    return fallback;
}
