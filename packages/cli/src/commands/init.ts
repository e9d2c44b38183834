import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_CHECKS } from '@sanction-orders/language';
import { CONFIG_FILE_NAME, parseConfig, PROFILE_IDS } from '@sanction-orders/language/config/config-file.js';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';

const USAGE = 'sanction init [folder] [--profile <id>] [--force]';

const HELP = `Usage: ${USAGE}

Writes a starter ${CONFIG_FILE_NAME} in the folder (default: the working directory), with
"$schema" pointing at the schema installed with sanction, so editors complete and check it.

Options:
  -p, --profile <id>      the jurisdiction profile: ${PROFILE_IDS.join(', ')} (default coe)
      --force             replace an existing ${CONFIG_FILE_NAME}
  -h, --help              show this help
`;

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
    help: HELP,
    async run(argv, io) {
        const { values, positionals } = parseCommandArgs('init', argv, {
            profile: { type: 'string', short: 'p' },
            force: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        } as const);
        if (values.help) {
            io.stdout(HELP);
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
