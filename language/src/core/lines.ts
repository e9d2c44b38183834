/**
 * A text's lines as LSP and the editor count them: CRLF, a lone CR and LF each end a line (a
 * suppression comment, or a finding carried over an edit, is placed by these line numbers).
 */
export function splitLines(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}
