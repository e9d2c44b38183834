import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import schema from './sanction-config.schema.json' with { type: 'json' };
import type { SanctionConfig } from '../core/config.js';

/** Profiles a configuration may name (the schema's list; the profile data files must match it). */
export const PROFILE_IDS: readonly string[] = (schema.properties.profile as { enum: string[] }).enum;

/** The name of the configuration file, found upward from each order. */
export const CONFIG_FILE_NAME = 'sanction.config.json';

/** One problem in a configuration file: where it is, and which key. */
export interface ConfigProblem {
    file: string;
    line: number;
    column: number;
    /** Dotted path of the key at fault ("checks.vague-trem"), when there is one. */
    key?: string;
    message: string;
}

export type ParsedConfig = { config: Partial<SanctionConfig>; problems: [] } | { config?: undefined; problems: ConfigProblem[] };

/** The schema validator, compiled on first use (not when the module loads). */
let compiled: ReturnType<Ajv2020['compile']> | undefined;
function validator(): ReturnType<Ajv2020['compile']> {
    return (compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema));
}

/**
 * Reads a configuration file's text: JSON syntax first (with the line and column of the fault),
 * then the JSON Schema that also ships with the editor, then what the schema cannot know (check ids).
 */
export function parseConfig(text: string, file: string, knownCheckIds: ReadonlySet<string>): ParsedConfig {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        const { line, column } = jsonErrorPosition(text, error);
        return { problems: [{ file, line, column, message: `malformed JSON: ${jsonErrorReason(error)}` }] };
    }
    const problems: ConfigProblem[] = [];
    const validate = validator();
    if (!validate(value)) {
        for (const error of validate.errors ?? []) {
            problems.push(schemaProblem(text, file, error));
        }
        return { problems: dedupe(problems) };
    }
    const config = value as Partial<SanctionConfig>;
    for (const id of Object.keys(config.checks ?? {})) {
        if (!knownCheckIds.has(id)) {
            problems.push({ file, ...keyPosition(text, ['checks', id]), key: `checks.${id}`, message: `unknown check '${id}' (see \`sanction checks\` for the ids)` });
        }
    }
    return problems.length > 0 ? { problems } : { config, problems: [] };
}

export function formatConfigProblem(problem: ConfigProblem): string {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.key ? `'${problem.key}': ` : ''}${problem.message}`;
}

function schemaProblem(text: string, file: string, error: ErrorObject): ConfigProblem {
    const path = error.instancePath.split('/').slice(1).map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    switch (error.keyword) {
        case 'additionalProperties': {
            const extra = (error.params as { additionalProperty: string }).additionalProperty;
            const keyPath = [...path, extra];
            const where = path.length ? `in '${path.join('.')}'` : 'at the top level';
            return { file, ...keyPosition(text, keyPath), key: keyPath.join('.'), message: `unknown key ${where}` };
        }
        case 'enum': {
            const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(v => `'${String(v)}'`).join(', ');
            return { file, ...keyPosition(text, path), key: path.join('.'), message: `must be one of ${allowed}` };
        }
        case 'pattern':
            return { file, ...keyPosition(text, path), key: path.join('.'), message: path[0] === 'libraries'
                ? 'library names are npm package names: lower-case words joined by -, . or _, optionally under an @scope/'
                : 'check ids are kebab-case words' };
        default:
            return { file, ...keyPosition(text, path), key: path.join('.') || undefined, message: error.message ?? 'is not valid' };
    }
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
    const seen = new Set<string>();
    return problems.filter(p => {
        const key = formatConfigProblem(p);
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** Line and column (1-based) of a key in the JSON text, found by walking the path's names in order. */
export function keyPosition(text: string, path: string[]): { line: number; column: number } {
    let offset = 0;
    for (const name of path) {
        const found = text.indexOf(JSON.stringify(name), offset);
        if (found < 0) {
            break;
        }
        offset = found;
    }
    return lineColumn(text, offset);
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column };
}

export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
    const message = error instanceof Error ? error.message : '';
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol) {
        return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    }
    const position = /position (\d+)/.exec(message);
    if (position) {
        return lineColumn(text, Number(position[1]));
    }
    return lineColumn(text, text.length);
}

export function jsonErrorReason(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
}
