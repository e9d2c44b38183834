/**
 * The message "Check All Orders in the Workspace" ends with: "3 problems (1 error, 2 warnings) in
 * 2 of 5 files." Each count is its own message, in the form the display language's plural rule
 * picks (French writes "0 erreur", English "0 errors"). The messages are literal at each call, so
 * that a scan of the source (test/l10n.test.ts, or @vscode/l10n-dev) finds them all.
 */
import type { LintWorkspaceResult } from './protocol.js';
import type { Translate } from './translate.js';

export function workspaceSummary(result: LintWorkspaceResult, t: Translate, singular: (count: number) => boolean): string {
    if (result.problems === 0) {
        return result.files === 1 ? t('no problems in 1 file.') : t('no problems in {0} files.', result.files);
    }
    const args = {
        problems: singular(result.problems) ? t('{0} problem', result.problems) : t('{0} problems', result.problems),
        errors: singular(result.errors) ? t('{0} error', result.errors) : t('{0} errors', result.errors),
        warnings: singular(result.warnings) ? t('{0} warning', result.warnings) : t('{0} warnings', result.warnings),
        filesWithProblems: result.filesWithProblems,
        files: result.files
    };
    return result.files === 1
        ? t('{problems} ({errors}, {warnings}) in 1 of 1 file.', args)
        : t('{problems} ({errors}, {warnings}) in {filesWithProblems} of {files} files.', args);
}
