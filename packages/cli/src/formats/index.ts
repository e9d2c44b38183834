import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import type { LintFormat } from './format.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatContext, LintFormat, ToolNotification } from './format.js';

/** The output formats of `sanction lint`, by name; the first is the default. */
export const LINT_FORMATS: readonly LintFormat[] = [compact, stylish, json, sarif, github, junit, checkstyle, gitlab];

export const DEFAULT_LINT_FORMAT = LINT_FORMATS[0].name;

export function lintFormat(name: string): LintFormat | undefined {
    return LINT_FORMATS.find(format => format.name === name);
}
