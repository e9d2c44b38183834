import { ALL_CHECKS, checkDocsUrl, FAMILY_TITLES, type Check } from '@sanction-orders/language';
import { defineProgram, helpOf, parseWith, type OptionSpecs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import type { Command } from './command.js';

const USAGE = 'sanction checks [options]';

/** The options of `sanction checks`, as data: commander parses them and lays out the help from them. */
export const CHECKS_OPTIONS = {
    format: { type: 'string', short: 'f', value: 'name', description: 'text (default): a table; json: an array with the same fields, plus each check\'s messages by id, summary and documentation link (docs/schema/checks-output.schema.json)' },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
} as const satisfies OptionSpecs;

/** The commander program of `sanction checks` (a fresh one each time: a program parses once). */
export function checksProgram() {
    return defineProgram({
        name: 'checks',
        usage: '[options]',
        description: 'Lists every check: its id, default severity, kind (contravenes: the order\'s words do what a Rule advises against; silent: the order does not state a safeguard), family, the Rules of CM/Rec(2017)3 it rests on, and its title.',
        options: CHECKS_OPTIONS
    });
}

/** A check as `sanction checks --format json` lists it. */
export interface CheckListing {
    id: string;
    title: string;
    severity: string;
    family: string;
    familyTitle: string;
    rules: number[];
    provisions?: string[];
    /** `contravenes` or `silent` for a check that cites the Recommendation; absent for the language's own. */
    kind?: string;
    /** The check's messages by id, with their `{{placeholders}}`. */
    messages: Record<string, string>;
    summary: string;
    docsUrl: string;
}

export function checkListing(check: Check): CheckListing {
    return {
        id: check.id,
        title: check.title,
        severity: check.severity,
        family: check.family,
        familyTitle: FAMILY_TITLES[check.family] ?? check.family,
        rules: [...check.rules],
        ...(check.provisions?.length ? { provisions: [...check.provisions] } : {}),
        ...(check.kind ? { kind: check.kind } : {}),
        messages: { ...check.messages },
        summary: check.summary,
        docsUrl: checkDocsUrl(check.id)
    };
}

function citation(listing: CheckListing): string {
    const parts = [...listing.rules.map(String), ...(listing.provisions ?? [])];
    return parts.length > 0 ? parts.join(', ') : '-';
}

function table(listings: readonly CheckListing[]): string {
    const header = ['ID', 'SEVERITY', 'KIND', 'FAMILY', 'RULES', 'TITLE'];
    const rows = listings.map(l => [l.id, l.severity, l.kind ?? '-', l.family, citation(l), l.title]);
    const widths = header.map((_, column) => Math.max(...[header, ...rows].map(row => row[column].length)));
    const line = (row: string[]) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join('  ');
    return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export const checksCommand: Command = {
    name: 'checks',
    summary: 'list every check with its id, severity, family and Rules',
    usage: USAGE,
    get help() {
        return helpOf(checksProgram());
    },
    async run(argv, io) {
        const { values, positionals } = parseWith('checks', checksProgram(), CHECKS_OPTIONS, argv);
        if (values.help) {
            io.stdout(helpOf(checksProgram()));
            return EXIT.ok;
        }
        if (positionals.length > 0) {
            throw new UsageError(`unexpected argument '${positionals[0]}'`, 'checks');
        }
        const listings = ALL_CHECKS.map(checkListing);
        switch (values.format ?? 'text') {
            case 'text':
                io.stdout(table(listings));
                break;
            case 'json':
                io.stdout(JSON.stringify(listings, null, 2) + '\n');
                break;
            default:
                throw new UsageError(`unknown format '${values.format}' (formats: text, json)`, 'checks');
        }
        return EXIT.ok;
    }
};
