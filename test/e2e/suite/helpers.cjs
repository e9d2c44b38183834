/**
 * Helpers of the in-host test suites: they run inside VS Code's extension host (code-server here,
 * or a downloaded VS Code under @vscode/test-electron) and use only the `vscode` API and Node.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'sanction-orders.sanction-orders';

function log(...args) {
    console.log('[sanction-e2e]', ...args);
}

function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a truthy value, which it returns; throws `describe()` after the timeout. */
async function waitFor(probe, { timeout = 30_000, interval = 100, describe = () => 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
        try {
            const value = await probe();
            if (value) {
                return value;
            }
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const detail = lastError ? ` (last error: ${lastError.message})` : '';
            throw new Error(`timed out after ${timeout} ms waiting for ${describe()}${detail}`);
        }
        await sleep(interval);
    }
}

/** `promise`, or an error naming `what` if it has not settled after `ms` (the promise runs on). */
async function within(ms, what, promise) {
    let timer;
    const start = Date.now();
    try {
        return await Promise.race([
            Promise.resolve(promise),
            new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms for ${what}`)), ms); })
        ]);
    } finally {
        clearTimeout(timer);
        if (Date.now() - start > ms / 4) {
            log(`slow: ${what} took ${Date.now() - start} ms`);
        }
    }
}

function assert(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

function workspaceFolder() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert(folder, 'no workspace folder is open');
    return folder;
}

function workspaceUri(relative) {
    return vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
}

async function open(relative) {
    const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
}

/** The check id of a diagnostic (`code` is `{ value, target }` when the check has a page). */
function codeOf(diagnostic) {
    return typeof diagnostic.code === 'object' && diagnostic.code !== null ? String(diagnostic.code.value) : diagnostic.code === undefined ? undefined : String(diagnostic.code);
}

function describeDiagnostics(uri) {
    const list = vscode.languages.getDiagnostics(uri);
    return list.length === 0 ? '(none)' : list.map(d => `${codeOf(d) ?? '-'}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? ''}: ${d.message}`).join('\n      ');
}

/** Waits until the document has a diagnostic with this code (and passing `filter`); returns them all. */
function diagnosticsWithCode(uri, code, { timeout = 60_000, filter = () => true } = {}) {
    return waitFor(() => {
        const found = vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === code && filter(d));
        return found.length > 0 ? found : undefined;
    }, { timeout, describe: () => `a '${code}' diagnostic on ${vscode.workspace.asRelativePath(uri)}; it has:\n      ${describeDiagnostics(uri)}` });
}

/** Langium's syntax errors and unresolved references have no `code` (their id is in `data`). */
function syntaxErrors(uri) {
    return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'sanction' && codeOf(d) === undefined && d.severity === vscode.DiagnosticSeverity.Error);
}

/** Diagnostics settle: the same list for `quiet` ms (the server publishes after each build). */
async function settledDiagnostics(uri, { quiet = 1500, timeout = 30_000 } = {}) {
    let last = '';
    let since = Date.now();
    return waitFor(() => {
        const list = vscode.languages.getDiagnostics(uri);
        const key = JSON.stringify(list.map(d => [codeOf(d), d.message, d.range.start.line, d.range.start.character]));
        if (key !== last) {
            last = key;
            since = Date.now();
            return undefined;
        }
        return Date.now() - since >= quiet ? list : undefined;
    }, { timeout, interval: 100, describe: () => 'diagnostics to settle' });
}

/** The text of a hover, whatever its content types. */
function hoverText(hovers) {
    return (hovers ?? []).flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
}

/**
 * Asks the runner for a screenshot of the page (the runner polls the signal folder); resolves when it
 * is saved. Under a runner without this (plain @vscode/test-electron) it is a no-op.
 */
async function screenshot(name) {
    const dir = process.env.SANCTION_E2E_SIGNAL_DIR;
    if (!dir) {
        log(`screenshot ${name}: no runner to take it (SANCTION_E2E_SIGNAL_DIR is not set)`);
        return;
    }
    fs.writeFileSync(path.join(dir, `${name}.request`), '');
    await waitFor(() => fs.existsSync(path.join(dir, `${name}.done`)), { timeout: 30_000, describe: () => `the runner to save ${name}.png` });
}

/** Tests run one after the other; every test runs even if one before failed; then `run()` fails if any did. */
class Suite {
    constructor(name) {
        this.name = name;
        this.tests = [];
    }

    test(name, fn, { timeout = 90_000 } = {}) {
        this.tests.push({ name, fn, timeout });
    }

    async run() {
        const results = [];
        log(`${this.name}: ${this.tests.length} tests`);
        for (const test of this.tests) {
            const start = Date.now();
            let timer;
            try {
                await Promise.race([
                    test.fn(),
                    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`test timed out after ${test.timeout} ms`)), test.timeout); })
                ]);
                results.push({ name: test.name, ok: true, ms: Date.now() - start });
                log(`ok   ${test.name} (${Date.now() - start} ms)`);
            } catch (error) {
                const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
                results.push({ name: test.name, ok: false, ms: Date.now() - start, error: message });
                log(`FAIL ${test.name}: ${message}`);
            } finally {
                clearTimeout(timer);
            }
            writeResults(results);
        }
        const failed = results.filter(r => !r.ok);
        log(`${this.name}: ${results.length - failed.length} of ${results.length} passed`);
        if (failed.length > 0) {
            throw new Error(`${failed.length} of ${results.length} tests failed: ${failed.map(r => r.name).join('; ')}`);
        }
    }
}

function writeResults(results) {
    const dir = process.env.SANCTION_E2E_SIGNAL_DIR;
    if (dir) {
        fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(results, null, 2));
    }
}

/** Closes editors and notifications, so that a screenshot shows what the test opens next. */
async function tidyWorkbench() {
    for (const command of ['notifications.clearAll', 'workbench.action.closeAuxiliaryBar', 'workbench.action.closeAllEditors']) {
        try {
            await vscode.commands.executeCommand(command);
        } catch {
            // not in this version of VS Code
        }
    }
}

module.exports = {
    EXTENSION_ID, assert, codeOf, describeDiagnostics, diagnosticsWithCode, hoverText, log, open, screenshot,
    settledDiagnostics, sleep, Suite, syntaxErrors, tidyWorkbench, waitFor, within, workspaceFolder, workspaceUri
};
