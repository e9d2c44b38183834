/**
 * Inputs a linter must refuse (issue 11), run on the built bin as a process: a file that is not
 * text, a file over the size limit, a FIFO or a device (never read, never a hang), and a failure of
 * the linter itself on a file it could read, which is an internal error and not "unreadable".
 * Each gives one line on stderr, nothing on stdout, and exit code 2.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeText, formatSize, invalidUtf8Offset, parseSize, readTextFile } from '../../packages/cli/src/read.js';
import { buildCli, fixtures, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);
// A hang would end the test here, not the run; no assertion is about time.
vi.setConfig({ testTimeout: 30_000 });

const CLEAN = fs.readFileSync(path.join(fixtures, 'orders/clean.sanction'), 'utf8');
const PLEASE_REPORT = ' (a fault in sanction, not in the input: please report it at https://github.com/sanction-orders/sanction-orders/issues; SANCTION_DEBUG=1 shows the stack)';

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-inputs-'));
    const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, name), content);
    write('clean.sanction', CLEAN);
    write('nul.sanction', Buffer.concat([Buffer.from('order "x".\n'), Buffer.from([0, 1, 2, 0x1b]), Buffer.from('[31m binary')]));
    write('latin1.sanction', Buffer.from('order "caf\xe9".\n', 'latin1'));
    write('overlong.sanction', Buffer.from([0x6f, 0x72, 0xc0, 0xaf]));
    write('big.sanction', `${CLEAN}\n// ${'x'.repeat(5 * 1024 * 1024)}\n`);
    write('imports-fifo.sanction', `import "pipe.sanction".\n${CLEAN}`);
    write('imports-zero.sanction', `import "zero.sanction".\n${CLEAN}`);
    write('marker.sanction', CLEAN.replace('CR-2026-00417', 'OVERFLOW-THE-STACK'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.sanction')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.sanction'));
}, 30_000);

afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

/** The bin in the temporary folder: exit code, stdout and stderr lines. */
function lint(args: string[], options: { input?: string; nodeArgs?: string[] } = {}) {
    const result = sanction(['lint', ...args], { cwd: dir, ...options });
    return { code: result.code, stdout: result.stdout, stderr: result.stderr.split('\n').filter(Boolean) };
}

describe('a file that is not text', () => {
    it('a NUL byte: one line naming the file and the byte offset, nothing echoed, exit 2', () => {
        expect(lint(['nul.sanction'])).toEqual({ code: 2, stdout: '', stderr: ['sanction: cannot read nul.sanction: not a text file: NUL byte at byte offset 11'] });
    });

    it('invalid UTF-8: the offending byte and its offset, not a silent replacement', () => {
        expect(lint(['latin1.sanction'])).toEqual({ code: 2, stdout: '', stderr: ['sanction: cannot read latin1.sanction: not UTF-8 text: invalid byte 0xe9 at byte offset 10'] });
        expect(lint(['overlong.sanction']).stderr).toEqual(['sanction: cannot read overlong.sanction: not UTF-8 text: invalid byte 0xc0 at byte offset 2']);
    });

    it('the other files are not reported when one cannot be read (exit 2 says the run did not finish)', () => {
        const result = lint(['clean.sanction', 'nul.sanction', 'latin1.sanction']);
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: [
                'sanction: cannot read latin1.sanction: not UTF-8 text: invalid byte 0xe9 at byte offset 10',
                'sanction: cannot read nul.sanction: not a text file: NUL byte at byte offset 11'
            ]
        });
    });

    it('on stdin too', () => {
        const result = sanction(['lint', '--stdin'], { cwd: dir, input: 'order "x".\n\u0000' });
        expect(result).toEqual({ code: 2, stdout: '', stderr: 'sanction: cannot read stdin: not a text file: NUL byte at byte offset 11\n' });
    });

    it('with --format sarif, a valid SARIF log with the reason as a tool notification', () => {
        const result = lint(['-f', 'sarif', 'nul.sanction']);
        expect(result.code).toBe(2);
        const invocation = JSON.parse(result.stdout).runs[0].invocations[0];
        expect(invocation.toolExecutionNotifications).toEqual([{ level: 'error', message: { text: 'cannot read nul.sanction: not a text file: NUL byte at byte offset 11.' } }]);
    });
});

describe('the size limit', () => {
    const tooLarge = (limit: string) => `sanction: cannot read big.sanction: too large: 5.0 MB (the limit is ${limit}; --max-file-size or maxFileSize in the configuration raises it)`;

    it('refuses a file over 4 MB by default, with the size and how to raise the limit', () => {
        expect(lint(['big.sanction'])).toEqual({ code: 2, stdout: '', stderr: [tooLarge('4 MB')] });
    });

    it('--max-file-size raises or lowers it', () => {
        expect(lint(['--max-file-size', '6MB', 'big.sanction']).code).toBe(0);
        expect(lint(['--max-file-size', '1 MB', 'big.sanction']).stderr).toEqual([tooLarge('1 MB')]);
        expect(lint(['--max-file-size', 'huge', 'big.sanction']).stderr).toEqual(["sanction: option '--max-file-size' needs a size such as 4MB, 512kB or 100000, not 'huge'; see 'sanction lint --help'"]);
    });

    it('maxFileSize in the configuration sets it; --max-file-size wins', () => {
        const sub = fs.mkdtempSync(path.join(dir, 'configured-'));
        fs.writeFileSync(path.join(sub, 'sanction.config.json'), JSON.stringify({ maxFileSize: 1000 }));
        fs.writeFileSync(path.join(sub, 'a.sanction'), CLEAN);
        const result = sanction(['lint', 'a.sanction'], { cwd: sub });
        expect(result.stderr).toBe(`sanction: cannot read a.sanction: too large: ${Buffer.byteLength(CLEAN)} bytes (the limit is 1000 bytes; --max-file-size or maxFileSize in the configuration raises it)\n`);
        expect(result.code).toBe(2);
        expect(sanction(['lint', '--max-file-size', '1MB', 'a.sanction'], { cwd: sub }).code).toBe(0);
        expect(JSON.parse(sanction(['lint', '--print-config', 'a.sanction'], { cwd: sub }).stdout).maxFileSize).toBe(1000);
    });
});

describe('only regular files are read', () => {
    it('a FIFO given as the file is refused without being opened (no hang)', () => {
        expect(lint(['pipe.sanction'])).toEqual({ code: 2, stdout: '', stderr: ['sanction: cannot read pipe.sanction: is a FIFO (named pipe), not a regular file'] });
    });

    it('a device (a link to /dev/zero) is refused without being read', () => {
        expect(lint(['zero.sanction'])).toEqual({ code: 2, stdout: '', stderr: ['sanction: cannot read zero.sanction: is a device, not a regular file'] });
    });

    it('an import of a FIFO or a device is not read: the order is linted, the import does not resolve', () => {
        for (const [file, imported] of [['imports-fifo.sanction', 'pipe.sanction'], ['imports-zero.sanction', 'zero.sanction']]) {
            const result = lint(['-f', 'json', file]);
            expect(result.stderr).toEqual([]);
            const findings = JSON.parse(result.stdout).files[0].findings;
            expect(findings.map((f: { checkId: string; range: { start: { line: number } } }) => [f.checkId, f.range.start.line])).toEqual([['unresolved-import', 1]]);
            expect(findings[0].message).toContain(`'${imported}'`);
            expect(result.code).toBe(1);
        }
    });
});

describe('a failure of the linter on a file it could read', () => {
    // The hook overflows the stack in any regular expression run over the marked text, as deep
    // input once made the parser do.
    const hook = ['--require', path.join(fixtures, 'hooks/overflow-on-marker.cjs')];

    it('is an internal error asking for a report, not "cannot read"', () => {
        const result = lint(['clean.sanction', 'marker.sanction'], { nodeArgs: hook });
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: [`sanction: internal error: while linting marker.sanction: Maximum call stack size exceeded${PLEASE_REPORT}`]
        });
    });

    it('shows a stack only with SANCTION_DEBUG=1', () => {
        const result = sanction(['lint', 'marker.sanction'], { cwd: dir, nodeArgs: hook, env: { SANCTION_DEBUG: '1' } });
        const [first, ...rest] = result.stderr.split('\n');
        expect(first).toBe(`sanction: internal error: while linting marker.sanction: Maximum call stack size exceeded${PLEASE_REPORT}`);
        expect(rest.join('\n')).toMatch(/^InternalError: [\s\S]*\n {4}at /);
        expect(result.code).toBe(2);
    });
});

describe('the reader', () => {
    it('finds the first byte that is not well-formed UTF-8', () => {
        const bytes = (...values: number[]) => Uint8Array.from(values);
        expect(invalidUtf8Offset(Buffer.from('plain, é, 😀, ok'))).toBe(-1);
        expect(invalidUtf8Offset(bytes(0x61, 0x80))).toBe(1); // a continuation byte alone
        expect(invalidUtf8Offset(bytes(0x61, 0xc3))).toBe(1); // cut short
        expect(invalidUtf8Offset(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
        expect(invalidUtf8Offset(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2); // a surrogate
        expect(invalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
        expect(invalidUtf8Offset(bytes(0xff))).toBe(0);
    });

    it('keeps a byte order mark as the first character, so offsets stay those of the file', () => {
        expect(decodeText(Buffer.from('\uFEFForder "x".', 'utf8'))).toBe('\uFEFForder "x".');
    });

    it('reads sizes and names them', () => {
        expect([parseSize('4MB'), parseSize('512 kB'), parseSize('100000'), parseSize('1.5m'), parseSize('0'), parseSize('lots')])
            .toEqual([4 * 1024 * 1024, 512 * 1024, 100000, 1.5 * 1024 * 1024, undefined, undefined]);
        expect([formatSize(4 * 1024 * 1024), formatSize(5.25 * 1024 * 1024), formatSize(2048), formatSize(1000)]).toEqual(['4 MB', '5.3 MB', '2 kB', '1000 bytes']);
    });

    it('reads a regular file whose size the system does not know up to the limit (/proc)', () => {
        if (!fs.existsSync('/proc/self/status')) {
            return;
        }
        expect(readTextFile('/proc/self/status', 1024 * 1024)).toMatch(/^Name:/);
        expect(() => readTextFile('/proc/self/status', 10)).toThrow(/^too large: more than 10 bytes/);
    });
});
