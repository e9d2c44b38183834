import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasLoneSurrogate } from './pipeline.js';

/**
 * A saved failure: `test/robustness/regressions/<class>-<stage>-<id>.sanction`. A header of line
 * comments says what failed and how it was found, and ends with a line `// ----`; the input is
 * everything after that line. UTF-8 cannot hold a lone surrogate, so one is written `\u{D800}`.
 */
export interface Regression {
    file: string;
    input: string;
    signature?: string;
}

export const HEADER_END = '// ----';

export function formatRegression(header: string[], input: string): string {
    const escaped = hasLoneSurrogate(input);
    const lines = [...header, ...(escaped ? ['// Lone surrogates are written \\u{D800} … \\u{DFFF} (UTF-8 cannot hold them).'] : []), HEADER_END];
    const body = escaped ? escapeSurrogates(input) : input;
    return `${lines.map(l => l.replace(/[\r\n]+/g, ' ')).join('\n')}\n${body}`;
}

export function parseRegression(file: string, content: string): Regression {
    const end = content.indexOf(`\n${HEADER_END}\n`);
    const header = end >= 0 ? content.slice(0, end) : '';
    let input = end >= 0 ? content.slice(end + HEADER_END.length + 2) : content;
    if (header.includes('Lone surrogates are written')) {
        input = input.replace(/\\u\{(D[89A-F][0-9A-F]{2})\}/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    const signature = /^\/\/ signature: (.*)$/m.exec(header)?.[1];
    return { file, input, ...(signature ? { signature } : {}) };
}

export function readRegressions(dir: string): Regression[] {
    if (!existsSync(dir)) {
        return [];
    }
    return readdirSync(dir)
        .filter(name => name.endsWith('.sanction'))
        .sort()
        .map(name => parseRegression(name, readFileSync(join(dir, name), 'utf8')));
}

function escapeSurrogates(text: string): string {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, c => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}
