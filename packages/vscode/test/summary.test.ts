/**
 * The message "Check All Orders in the Workspace" shows, in English and in French (the French bundle
 * read as vscode.l10n.t reads it), with each language's plural rule; and the argument placing that
 * stands in for vscode.l10n.t outside VS Code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintWorkspaceResult } from '../src/protocol.js';
import { workspaceSummary } from '../src/summary.js';
import { english, format, singularRule, type Translate } from '../src/translate.js';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = JSON.parse(fs.readFileSync(path.join(extensionDir, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
const french: Translate = (message: string, ...args: unknown[]) => format(bundle[message] ?? message, args);

const counts = (problems: number, errors: number, warnings: number, filesWithProblems: number, files: number): LintWorkspaceResult =>
    ({ problems, errors, warnings, filesWithProblems, files, infos: 0, hints: 0, profiles: {} });

describe('the workspace summary', () => {
    it('counts in English, singular only for 1', () => {
        const en = (result: LintWorkspaceResult) => workspaceSummary(result, english, singularRule('en'));
        expect(en(counts(3, 1, 2, 2, 5))).toBe('3 problems (1 error, 2 warnings) in 2 of 5 files.');
        expect(en(counts(1, 0, 1, 1, 1))).toBe('1 problem (0 errors, 1 warning) in 1 of 1 file.');
        expect(en(counts(0, 0, 0, 0, 5))).toBe('no problems in 5 files.');
        expect(en(counts(0, 0, 0, 0, 1))).toBe('no problems in 1 file.');
        expect(en(counts(0, 0, 0, 0, 0))).toBe('no problems in 0 files.');
    });

    it('counts in French, singular for 0 and 1', () => {
        const fr = (result: LintWorkspaceResult) => workspaceSummary(result, french, singularRule('fr'));
        expect(fr(counts(3, 1, 2, 2, 5))).toBe('3 constats (1 erreur, 2 avertissements) dans 2 des 5 fichiers contrôlés.');
        expect(fr(counts(1, 0, 1, 1, 1))).toBe('1 constat (0 erreur, 1 avertissement) dans le fichier contrôlé.');
        expect(fr(counts(12, 12, 0, 3, 40))).toBe('12 constats (12 erreurs, 0 avertissement) dans 3 des 40 fichiers contrôlés.');
        expect(fr(counts(0, 0, 0, 0, 5))).toBe('aucun constat dans les 5 fichiers contrôlés.');
        expect(fr(counts(0, 0, 0, 0, 1))).toBe('aucun constat dans le fichier contrôlé.');
    });

    it('falls back on English\'s rule for a language Intl does not know', () => {
        const rule = singularRule('not a language tag!');
        expect([0, 1, 2].map(rule)).toEqual([false, true, false]);
    });
});

describe('placing the arguments as vscode.l10n.t does', () => {
    it('fills {0}, {1}… in order and {name} by name, leaving a placeholder with no argument as written', () => {
        expect(english('Preview {0}', 'Order CR-1')).toBe('Preview Order CR-1');
        expect(english('{0} of {1}, {0} again, {2} missing', 'a', 2)).toBe('a of 2, a again, {2} missing');
        expect(english('{problems} in {files} files, {other}', { problems: '3 problems', files: 5 })).toBe('3 problems in 5 files, {other}');
        // An argument is placed once: a brace in it is not read as another placeholder.
        expect(english('Nothing to preview: {0}.', '{1}')).toBe('Nothing to preview: {1}.');
    });
});
