import picocolors from 'picocolors';

/** ANSI styling (picocolors), used only when `useColor` says so. */
export interface Styles {
    bold(text: string): string;
    dim(text: string): string;
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    green(text: string): string;
    underline(text: string): string;
}

/**
 * Whether to colour, in this order: `--color` / `--no-color`; `NO_COLOR` set to a non-empty value
 * turns it off (https://no-color.org); `FORCE_COLOR` turns it on (`0` or `false` turn it off, as in
 * Node and chalk); else colour only when the output is a terminal.
 */
export function useColor(outputIsTTY: boolean, env: Readonly<Record<string, string | undefined>>, flag?: boolean): boolean {
    if (flag !== undefined) {
        return flag;
    }
    if (env.NO_COLOR) {
        return false;
    }
    if (env.FORCE_COLOR !== undefined) {
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
    }
    return outputIsTTY;
}

const ANSI: Styles = picocolors.createColors(true);
const PLAIN: Styles = picocolors.createColors(false);

export function styles(color: boolean): Styles {
    return color ? ANSI : PLAIN;
}
