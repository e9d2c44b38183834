import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createSanctionCoreServices, findingsOf, firstOrder, refusal } from '@sanction-orders/language';
import { lintFiles } from '@sanction-orders/language/core/lint.js';
import { NOTICE_LANGS, NoticeLanguageError, renderNotice, type NoticeLang } from '@sanction-orders/language/render/notice.js';
import { defineProgram, helpOf, parseWith, type OptionSpecs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { DEFAULT_MAX_FILE_SIZE, GuardedFileSystemProvider } from '../read.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';

const USAGE = 'sanction notice <file> [--lang en|fr|de] [--out <file>] [--allow-findings]';

/** The options of `sanction notice`, as data: commander parses them and lays out the help from them. */
export const NOTICE_OPTIONS = {
    lang: { type: 'string', short: 'l', value: 'code', description: `the notice's language: ${NOTICE_LANGS.join(', ')} (default: the language the order gives for the notice, else one the person understands)` },
    out: { type: 'string', short: 'o', value: 'file', description: 'write there (atomically) instead of stdout' },
    'allow-findings': { type: 'boolean', description: 'write the notice even if the order has errors' },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
} as const satisfies OptionSpecs;

/** The commander program of `sanction notice` (a fresh one each time: a program parses once). */
export function noticeProgram() {
    return defineProgram({
        name: 'notice',
        usage: '[options] <file>',
        description: 'Writes the notice for the person an order concerns, in plain words and in a language they understand '
            + '(Rule 61 of CM/Rec(2017)3): what they must do, from when to when, who to contact, what happens if they do not '
            + 'comply, and how to appeal and complain. The last line gives the readability score. Refuses an order with errors '
            + 'unless --allow-findings, and an order whose notice language has no notice unless --lang.',
        arguments: [['file', 'the .sanction file with the order']],
        options: NOTICE_OPTIONS,
        after: 'Examples:\n  sanction notice order.sanction\n  sanction notice order.sanction --lang fr --out notice-fr.txt\n'
    });
}

type Inspected = { findings: ReturnType<typeof findingsOf>; noOrder?: true; text?: string; languageError?: string };

export const noticeCommand: Command = {
    name: 'notice',
    summary: 'write the notice for the person, in their language',
    usage: USAGE,
    get help() {
        return helpOf(noticeProgram());
    },
    async run(argv, io) {
        const { values, positionals } = parseWith('notice', noticeProgram(), NOTICE_OPTIONS, argv);
        if (values.help) {
            io.stdout(helpOf(noticeProgram()));
            return EXIT.ok;
        }
        const lang = values.lang;
        if (lang !== undefined && !(NOTICE_LANGS as readonly string[]).includes(lang)) {
            throw new UsageError(`--lang ${lang} is not supported; available: ${NOTICE_LANGS.join(', ')}`, 'notice');
        }
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? 'no file given' : `unexpected argument '${positionals[1]}'`, 'notice');
        }
        const file = path.resolve(io.cwd, positionals[0]);
        const fileSystem = new GuardedFileSystemProvider(DEFAULT_MAX_FILE_SIZE);
        const { Sanction } = createSanctionCoreServices({ fileSystemProvider: () => fileSystem });
        const [result] = await lintFiles(Sanction, [URI.file(file)], {
            // The notice is read from the model while the document is loaded.
            inspect: (document): Inspected => {
                const order = firstOrder(document);
                const findings = findingsOf(document);
                if (!order) return { findings, noOrder: true };
                try {
                    return { findings, text: renderNotice(order, { lang: lang as NoticeLang | undefined }).text };
                } catch (error) {
                    if (error instanceof NoticeLanguageError) return { findings, languageError: error.message };
                    throw error;
                }
            }
        });
        const shown = positionals[0];
        if (result.unreadable) {
            io.stderr(`sanction notice: ${shown}: ${result.unreadable}\n`);
            return EXIT.failure;
        }
        const inspected = result.inspected;
        if (!inspected || inspected.noOrder) {
            io.stderr(`sanction notice: ${shown}: no order in the file\n`);
            return EXIT.failure;
        }
        const refused = refusal(inspected.findings, { allowFindings: values['allow-findings'] });
        if (refused) {
            io.stderr(`sanction notice: ${shown}: ${refused}\n`);
            return EXIT.problems;
        }
        if (inspected.languageError !== undefined || inspected.text === undefined) {
            io.stderr(`sanction notice: ${shown}: ${inspected.languageError ?? 'no notice could be written'}\n`);
            return EXIT.failure;
        }
        if (values.out !== undefined) {
            writeFileAtomic(path.resolve(io.cwd, values.out), inspected.text);
        } else {
            io.stdout(inspected.text);
        }
        return EXIT.ok;
    }
};
