/**
 * What the server publishes of a document's diagnostics (language/src/lsp/published.ts): all of
 * them up to the limit; past it, errors first and one last diagnostic saying how many are left out.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { NOT_SHOWN_CODE, publishedDiagnostics, PUBLISHED_LIMIT } from '../../language/src/lsp/published.js';

function at(line: number, severity: 1 | 2 | 3, code: string): Diagnostic {
    return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, code, message: code };
}

describe('published diagnostics', () => {
    it('publishes every diagnostic up to the limit, unchanged and in order', () => {
        const all = Array.from({ length: PUBLISHED_LIMIT }, (_, i) => at(i, i % 2 ? 2 : 3, `c${i}`));
        expect(publishedDiagnostics(all, 'en')).toEqual(all);
    });

    it('past the limit: errors, then warnings, then the rest, each in the order reported, and one that counts what is left out', () => {
        const all = [at(0, 3, 'info-a'), at(1, 2, 'warn-a'), at(2, 1, 'error-a'), at(3, 2, 'warn-b'), at(4, 1, 'error-b'), at(5, 3, 'info-b')];
        const published = publishedDiagnostics(all, 'en', 4);
        expect(published.map(d => d.code)).toEqual(['error-a', 'error-b', 'warn-a', NOT_SHOWN_CODE]);
        expect(published[3]).toEqual({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 3,
            source: 'sanction',
            code: NOT_SHOWN_CODE,
            message: '3 more findings are not shown here: the editor is given at most 4 a file, errors first; run `sanction lint` on this file to see them all'
        });
    });

    it('says it in French to a French editor', () => {
        const all = Array.from({ length: 1210 }, (_, i) => at(i, 2, 'vague-term'));
        const published = publishedDiagnostics(all, 'fr');
        expect(published).toHaveLength(PUBLISHED_LIMIT);
        expect(published[PUBLISHED_LIMIT - 1]!.message).toBe('211 autres constats ne sont pas affichés ici : l’éditeur en reçoit au plus 1\u202f000 par fichier, les erreurs d’abord ; lancez `sanction lint` sur ce fichier pour les voir tous');
    });
});
