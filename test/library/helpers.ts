import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { afterAll } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintFiles } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';

export const REPO = path.resolve(__dirname, '../..');
export const EXAMPLE_LIBRARY = path.join(REPO, 'examples/library');
export const EXAMPLE_PACKAGE = path.join(REPO, 'examples/library-package');

const made: string[] = [];
afterAll(() => {
    for (const dir of made) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

/** A fresh folder under the system's temporary folder holding `files` (paths relative to it); removed after the file's tests. */
export function project(files: Record<string, string>): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-library-')));
    made.push(root);
    for (const [relative, text] of Object.entries(files)) {
        const file = path.join(root, relative);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    }
    return root;
}

/** A library manifest's text. */
export function manifest(fields: Record<string, unknown> = {}): string {
    return JSON.stringify({
        name: 'probation-standard',
        version: '1.0.0',
        description: 'Test templates.',
        profiles: ['coe'],
        minimumLanguageVersion: '0.1.0',
        ...fields
    }, null, 2) + '\n';
}

/** Lints files on disk as the CLI does (fresh services each time), returning each file's findings. */
export async function lintPaths(...files: string[]): Promise<Finding[][]> {
    const { Sanction } = createSanctionCoreServices(NodeFileSystem);
    const results = await lintFiles(Sanction, files.map(file => URI.file(file)));
    return results.map(result => {
        if (result.unreadable) {
            throw new Error(`${result.uri.fsPath}: ${result.unreadable}`);
        }
        return result.findings;
    });
}

/** `checkId/messageId@line:col-line:col` (1-based), with the message, for exact comparison. */
export function describeFinding(finding: Finding): string {
    const { start, end } = finding.range;
    return `${finding.checkId}/${finding.messageId ?? '-'}@${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}: ${finding.message}`;
}

/** An order that lints clean on its own (under coe and england-wales), with `body` added before its breach clauses. */
export function cleanOrder(imports: string[], body: string): string {
    return [
        ...imports.map(i => `import "${i}".`),
        '',
        'order "LIB-TEST-1".',
        'made on 2026-05-04.',
        'decided by "Bristol Crown Court".',
        'implemented by "Probation Service, South West region".',
        'under "Sentencing Act 2020, sections 200 and 201, Schedule 9".',
        'written in English.',
        '',
        'person "Jordan Ellis", convicted, born on 1998-11-20, understands English, no interpreter needed.',
        '',
        'offence "Affray (Public Order Act 1986, s. 3)", seriousness serious.',
        '',
        'in force for 12 months, reviewed every 4 months.',
        'early termination by "Bristol Crown Court" after 6 months, when "all requirements have been met".',
        '',
        body,
        '',
        'on breach:',
        '  minor non-compliance leads to a formal warning.',
        '  significant non-compliance leads to referral to the deciding authority.',
        '  hearing before "Bristol Crown Court" with legal assistance and access to the documents.',
        '  credit for time complied.',
        '',
        'rights:',
        '  appeal to "Court of Appeal (Criminal Division)" within 28 days.',
        '  complaints to "Probation Service complaints team, South West".',
        '  notice in English, in writing.',
        '',
        'costs borne by the state.',
        ''
    ].join('\n');
}
