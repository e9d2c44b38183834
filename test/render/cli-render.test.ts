import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../packages/cli/src/commands/render.js';
import type { Io } from '../../packages/cli/src/io.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function testIo(cwd: string): Io & { out: string; err: string } {
    const io = { cwd, env: {}, stdoutIsTTY: false, out: '', err: '', stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; } };
    return io;
}

describe('sanction render', () => {
    it('renders an example with its imported templates to stdout', async () => {
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run(['curfew-with-monitoring.sanction', '--to', 'html'], io)).toBe(0);
        expect(io.err).toBe('');
        expect(io.out).toContain('<p class="court">Bristol Crown Court</p>');
        expect(io.out).toContain('Flat 3, 41 Gloucester Road, Bristol BS7 8AD');
        expect(io.out).toContain('No findings remain.');
    });

    it('writes --out atomically and refuses an order with errors in one line', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
        fs.writeFileSync(path.join(dir, 'bad.sanction'), 'order "A1".\nin force for 12 monhts.\n');
        const io = testIo(dir);
        expect(await renderCommand.run(['bad.sanction', '--out', 'bad.html'], io)).toBe(1);
        expect(io.err).toMatch(/^sanction render: bad\.sanction: the order has \d+ errors? \(first: line \d+, [a-z-]+\); fix them or pass --allow-findings\n$/);
        expect(fs.existsSync(path.join(dir, 'bad.html'))).toBe(false);
        const again = testIo(dir);
        expect(await renderCommand.run(['bad.sanction', '--out', 'out/bad.html', '--allow-findings'], again)).toBe(0);
        const html = fs.readFileSync(path.join(dir, 'out/bad.html'), 'utf8');
        expect(html).toContain('Findings that remain');
        expect(again.out).toBe('');
        expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['bad.html']);
    });

    it('renders Markdown with --to md', async () => {
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run(['curfew-with-monitoring.sanction', '--to', 'md'], io)).toBe(0);
        expect(io.out).toContain('**Bristol Crown Court**\n\n# Order\n\nCase T20267781, made on 2026\\-05\\-04');
    });

    it('rejects an unknown format and a missing file', async () => {
        await expect(renderCommand.run(['x.sanction', '--to', 'pdf'], testIo(EXAMPLES))).rejects.toThrow('--to pdf is not supported; available: html, md, akn, docx');
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run(['nope.sanction'], io)).toBe(2);
        expect(io.err).toMatch(/^sanction render: nope\.sanction: .+\n$/);
    });
});
