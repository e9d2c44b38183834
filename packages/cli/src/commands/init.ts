import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_CHECKS } from '@sanction-orders/language';
import { CONFIG_FILE_NAME, parseConfig, PROFILE_IDS } from '@sanction-orders/language/config/config-file.js';
import { defineProgram, helpOf, parseWith, type OptionSpecs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';

const USAGE = 'sanction init [options] [folder]';

/** The options of `sanction init`, as data: commander parses them and lays out the help from them. */
export const INIT_OPTIONS = {
    profile: { type: 'string', short: 'p', value: 'id', description: `the jurisdiction profile: ${PROFILE_IDS.join(', ')} (default coe)` },
    force: { type: 'boolean', description: `replace an existing ${CONFIG_FILE_NAME}` },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
} as const satisfies OptionSpecs;

/** The commander program of `sanction init` (a fresh one each time: a program parses once). */
export function initProgram() {
    return defineProgram({
        name: 'init',
        usage: '[options] [folder]',
        description: `Writes a starter ${CONFIG_FILE_NAME} in the folder, with "$schema" pointing at the schema installed with sanction, so editors complete and check it.`,
        arguments: [['folder', 'where to write it (default: the working directory)']],
        options: INIT_OPTIONS
    });
}

/** The schema beside the bundle (dist/sanction-config.schema.json), copied there at build time. */
function installedSchema(): string | undefined {
    const candidate = path.join(__dirname, 'sanction-config.schema.json');
    return fs.existsSync(candidate) ? candidate : undefined;
}

export function starterConfig(folder: string, profile: string, schema = installedSchema()): string {
    let schemaRef: string | undefined;
    if (schema) {
        const relative = path.relative(folder, schema).split(path.sep).join('/');
        schemaRef = relative.startsWith('.') ? relative : `./${relative}`;
    }
    const config = {
        ...(schemaRef ? { $schema: schemaRef } : {}),
        profile,
        checks: {}
    };
    return JSON.stringify(config, null, 2) + '\n';
}

export const initCommand: Command = {
    name: 'init',
    summary: `write a starter ${CONFIG_FILE_NAME}`,
    usage: USAGE,
    get help() {
        return helpOf(initProgram());
    },
    async run(argv, io) {
        const { values, positionals } = parseWith('init', initProgram(), INIT_OPTIONS, argv);
        if (values.help) {
            io.stdout(helpOf(initProgram()));
            return EXIT.ok;
        }
        if (positionals.length > 1) {
            throw new UsageError(`unexpected argument '${positionals[1]}'`, 'init');
        }
        const profile = values.profile ?? 'coe';
        if (!PROFILE_IDS.includes(profile)) {
            throw new UsageError(`unknown profile '${profile}' (profiles: ${PROFILE_IDS.join(', ')})`, 'init');
        }
        const folder = path.resolve(io.cwd, positionals[0] ?? '.');
        const file = path.join(folder, CONFIG_FILE_NAME);
        const shown = path.relative(io.cwd, file).split(path.sep).join('/') || CONFIG_FILE_NAME;
        if (fs.existsSync(file) && !values.force) {
            throw new UsageError(`${shown} exists already (--force replaces it)`, 'init');
        }
        const text = starterConfig(folder, profile);
        // What init writes, the linter reads without a problem.
        const parsed = parseConfig(text, file, new Set(ALL_CHECKS.map(check => check.id)));
        if (!parsed.config) {
            throw new Error(`the starter configuration is not valid: ${parsed.problems.map(p => p.message).join('; ')}`);
        }
        writeFileAtomic(file, text);
        io.stderr(`sanction: wrote ${shown}\n`);
        return EXIT.ok;
    }
};
