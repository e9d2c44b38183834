/**
 * ANSI styling, used only when stdout is a terminal and NO_COLOR is not set (https://no-color.org:
 * any non-empty value turns colour off).
 */
export interface Styles {
    bold(text: string): string;
    dim(text: string): string;
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    green(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ANSI: Styles = {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39)
};

const identity = (text: string) => text;
const PLAIN: Styles = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity };

export function useColor(stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
    return stdoutIsTTY && !env.NO_COLOR;
}

export function styles(color: boolean): Styles {
    return color ? ANSI : PLAIN;
}
