import type { LintFormat } from './format.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export type { FormatContext, LintFormat } from './format.js';

/** The output formats of `sanction lint`, by name; the first is the default. */
export const LINT_FORMATS: readonly LintFormat[] = [stylish, json, sarif, github];

export const DEFAULT_LINT_FORMAT = LINT_FORMATS[0].name;

export function lintFormat(name: string): LintFormat | undefined {
    return LINT_FORMATS.find(format => format.name === name);
}
