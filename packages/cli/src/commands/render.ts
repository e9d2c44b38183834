import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createSanctionCoreServices, findingsOf, firstOrder, refusal, renderHtml, renderMarkdown } from '@sanction-orders/language';
import { lintFiles } from '@sanction-orders/language/core/lint.js';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { DEFAULT_MAX_FILE_SIZE, GuardedFileSystemProvider } from '../read.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';

const USAGE = 'sanction render <file> --to html|md [--out <file>] [--allow-findings]';
const FORMATS = ['html', 'md'] as const;

const HELP = `Usage: ${USAGE}

Renders an order into the document a court issues: the order in numbered paragraphs, with an annex
of the Rules of CM/Rec(2017)3 it was checked against and the findings that remain. The HTML is
print-ready (A4): a browser prints the PDF. Refuses an order with errors unless --allow-findings.

Options:
  --to <format>      html (default) or md (docx and akn are not built yet)
  --out <file>       write there (atomically) instead of stdout
  --allow-findings   render even if the order has errors
`;

export const renderCommand: Command = {
    name: 'render',
    summary: 'render an order as the document a court issues',
    usage: USAGE,
    help: HELP,
    async run(argv, io) {
        const { values, positionals } = parseCommandArgs('render', argv, {
            help: { type: 'boolean', short: 'h' },
            to: { type: 'string' },
            out: { type: 'string', short: 'o' },
            'allow-findings': { type: 'boolean' }
        } as const);
        if (values.help) {
            io.stdout(HELP);
            return EXIT.ok;
        }
        const format = values.to ?? 'html';
        if (!(FORMATS as readonly string[]).includes(format)) {
            throw new UsageError(`--to ${format} is not supported; available: ${FORMATS.join(', ')}`, 'render');
        }
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? 'no file given' : `unexpected argument '${positionals[1]}'`, 'render');
        }
        const file = path.resolve(io.cwd, positionals[0]);
        const fileSystem = new GuardedFileSystemProvider(DEFAULT_MAX_FILE_SIZE);
        const { Sanction } = createSanctionCoreServices({ fileSystemProvider: () => fileSystem });
        const [result] = await lintFiles(Sanction, [URI.file(file)], {
            inspect: document => {
                const order = firstOrder(document);
                const findings = findingsOf(document);
                return { findings, order: !!order, html: order ? (format === 'md' ? renderMarkdown(order, findings) : renderHtml(order, findings)) : undefined };
            }
        });
        const shown = positionals[0];
        if (result.unreadable) {
            io.stderr(`sanction render: ${shown}: ${result.unreadable}\n`);
            return EXIT.failure;
        }
        const inspected = result.inspected;
        if (!inspected?.html) {
            io.stderr(`sanction render: ${shown}: no order in the file\n`);
            return EXIT.failure;
        }
        const refused = refusal(inspected.findings, { allowFindings: values['allow-findings'] });
        if (refused) {
            io.stderr(`sanction render: ${shown}: ${refused}\n`);
            return EXIT.problems;
        }
        if (values.out !== undefined) {
            writeFileAtomic(path.resolve(io.cwd, values.out), inspected.html);
        } else {
            io.stdout(inspected.html);
        }
        return EXIT.ok;
    }
};
