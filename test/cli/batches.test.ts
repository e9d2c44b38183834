/**
 * `sanction lint` over more files than one batch holds (issue 12, memory): the same findings as
 * ever, imports resolved whichever batch the imported file was linted in, and once the run is
 * over only the imported files are still loaded.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLintServices, LINT_BATCH_SIZE, lintSources } from '../../packages/cli/src/commands/lint.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../packages/cli/src/read.js';
import { buildCli, fixtures, sanction } from './helpers.js';

// The bundle reads the check pages at build time; linting in process needs none of them.
vi.mock('virtual:check-docs', () => ({ default: {} }));

beforeAll(buildCli, 60_000);

/** Orders in three batches and more; order-060 and order-110 have findings, the rest none. */
const ORDERS = 2 * LINT_BATCH_SIZE + 20;
let root: string;

beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-batches-'));
    const orders = path.join(root, 'orders');
    fs.mkdirSync(orders);
    fs.mkdirSync(path.join(root, 'library'));
    const read = (file: string) => fs.readFileSync(path.join(fixtures, file), 'utf8');
    const importing = read('imports/order.sanction');
    // A library outside the files linted, imported from every batch.
    fs.copyFileSync(path.join(fixtures, 'imports/library/curfew.sanction'), path.join(root, 'library/curfew.sanction'));
    // A template file linted in the first batch, imported only by the last file of the last batch.
    fs.copyFileSync(path.join(fixtures, 'imports/library/curfew.sanction'), path.join(orders, 'a-curfew.sanction'));
    for (let i = 0; i < ORDERS; i++) {
        const name = path.join(orders, `order-${String(i).padStart(3, '0')}.sanction`);
        const text = i === 60 ? read('orders/no-duration.sanction')
            : i === 110 ? read('imports/missing-import.sanction')
                : i % 10 === 5 ? importing.replace('import "library/curfew.sanction".', 'import "../library/curfew.sanction".')
                    : read('orders/clean.sanction');
        fs.writeFileSync(name, text);
    }
    fs.writeFileSync(path.join(orders, 'z-order.sanction'), importing.replace('import "library/curfew.sanction".', 'import "a-curfew.sanction".'));
});

afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
});

describe('sanction lint over more files than one batch', () => {
    it('reports exactly the findings of each file, imports resolved across batches', () => {
        expect(ORDERS + 2).toBeGreaterThan(2 * LINT_BATCH_SIZE);
        const result = sanction(['lint', 'orders'], { cwd: root });
        expect(result.stdout.replace(/\n$/, '').split('\n')).toEqual([
            'orders/order-060.sanction:4:7  error  The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)  [missing-duration]',
            'orders/order-060.sanction:15:1  error  This supervision requirement has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the supervision requirement, e.g. `for 6 months` (Rules 21 and 23)  [missing-duration]',
            "orders/order-110.sanction:4:8  error  Cannot find the imported file 'library/gone.sanction': check the path, which is relative to this file  [unresolved-import]",
            "orders/order-110.sanction:19:7  error  Unknown template 'home-curfew': define it in this file or import the file that defines it.  [unresolved-reference]",
            '',
            `4 problems (4 errors, 0 warnings, 0 infos) in 2 of ${ORDERS + 2} files`
        ]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
    }, 30_000);

    it('gives every file the orders and findings it has when linted alone (json)', () => {
        const whole = JSON.parse(sanction(['lint', 'orders', '--format', 'json'], { cwd: root }).stdout) as { files: Array<{ path: string }> };
        expect(whole.files).toHaveLength(ORDERS + 2);
        for (const file of ['orders/a-curfew.sanction', 'orders/order-060.sanction', 'orders/z-order.sanction']) {
            const alone = JSON.parse(sanction(['lint', file, '--format', 'json'], { cwd: root }).stdout) as { files: Array<{ path: string }> };
            expect(whole.files.find(entry => entry.path === file), file).toEqual(alone.files[0]);
        }
    }, 60_000);
});

describe('lintSources releases documents', () => {
    it('keeps loaded only the files that others import once their findings are out', async () => {
        const Sanction = createLintServices(DEFAULT_MAX_FILE_SIZE);
        const orders = path.join(root, 'orders');
        const sources = fs.readdirSync(orders).sort().map(name => ({ absolutePath: path.join(orders, name) }));
        const io = { cwd: root, env: {}, stdoutIsTTY: false, stdout: () => undefined, stderr: () => undefined };
        const { linted } = await lintSources(Sanction, sources, io, { texts: false, imports: false });
        const withFindings = linted.filter(file => file.findings.length > 0).map(file => path.relative(root, file.absolutePath));
        expect(withFindings).toEqual(['orders/order-060.sanction', 'orders/order-110.sanction']);
        // Texts are kept only where fingerprints need them; the rest is plain data, nothing of a
        // syntax tree (whose nodes point at their containers, which JSON cannot write).
        expect(linted.filter(file => file.text !== undefined).map(file => path.relative(root, file.absolutePath))).toEqual(withFindings);
        expect(JSON.parse(JSON.stringify(linted))).toEqual(linted);
        expect(linted.find(file => file.absolutePath.endsWith('order-005.sanction'))?.orders?.[0]?.caseReference).toBe('CR-2026-00733');
        const left = Sanction.shared.workspace.LangiumDocuments.all.map(document => path.relative(root, document.uri.fsPath)).toArray().sort();
        expect(left).toEqual(['library/curfew.sanction', 'orders/a-curfew.sanction']);
    }, 30_000);
});
