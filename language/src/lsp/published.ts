/**
 * What the language server publishes of a document's diagnostics. An editor shows only so many
 * (VS Code keeps the first 1,000 of a file and drops the rest unannounced), and a generated or
 * damaged order can carry tens of thousands, which cost the server and the editor time on every
 * keystroke to send, parse and keep. So a document publishes at most PUBLISHED_LIMIT: errors
 * before warnings before the rest, each kind in document order, and a last one at the top of the
 * file saying how many are not shown and how to see them all (the CLI reports every one).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../i18n/locale.js';

export const PUBLISHED_LIMIT = 1000;

/** The code of the diagnostic that says how many were left out. */
export const NOT_SHOWN_CODE = 'findings-not-shown';

const NOT_SHOWN: Record<Locale, (count: number, limit: number) => string> = {
    en: (count, limit) => `${count.toLocaleString('en')} more ${count === 1 ? 'finding is' : 'findings are'} not shown here: the editor is given at most ${limit.toLocaleString('en')} a file, errors first; run \`sanction lint\` on this file to see them all`,
    fr: (count, limit) => `${count.toLocaleString('fr')} ${count === 1 ? 'autre constat n’est pas affiché' : 'autres constats ne sont pas affichés'} ici : l’éditeur en reçoit au plus ${limit.toLocaleString('fr')} par fichier, les erreurs d’abord ; lancez \`sanction lint\` sur ce fichier pour les voir tous`
};

/** The diagnostics to publish for a document: all of them up to the limit, else the limit's worth and one saying what is left out. */
export function publishedDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale, limit = PUBLISHED_LIMIT): Diagnostic[] {
    if (diagnostics.length <= limit) {
        return [...diagnostics];
    }
    const rank = (diagnostic: Diagnostic) => diagnostic.severity ?? 1;
    // A stable sort: within a severity, the order the checks reported in.
    const kept = diagnostics
        .map((diagnostic, index) => ({ diagnostic, index }))
        .sort((a, b) => rank(a.diagnostic) - rank(b.diagnostic) || a.index - b.index)
        .slice(0, limit - 1)
        .map(entry => entry.diagnostic);
    const notShown = diagnostics.length - kept.length;
    return [
        ...kept,
        {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 3,
            source: 'sanction',
            code: NOT_SHOWN_CODE,
            message: NOT_SHOWN[locale](notShown, limit)
        }
    ];
}
