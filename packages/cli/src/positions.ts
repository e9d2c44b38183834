/** Offsets of the starts of the lines of a text (LSP lines: \n, \r\n or \r end a line). */
export function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) {
            continue;
        }
        if (c === 10 || c === 13) {
            starts.push(i + 1);
        }
    }
    return starts;
}
