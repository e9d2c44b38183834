import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createSanctionCoreServices, findingsOf, firstOrder, refusal, renderAkn, renderHtml, renderMarkdown } from '@sanction-orders/language';
import { renderDocx } from '@sanction-orders/language/render/docx.js';
import { lintFiles } from '@sanction-orders/language/core/lint.js';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { DEFAULT_MAX_FILE_SIZE, GuardedFileSystemProvider } from '../read.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';

const USAGE = 'sanction render <file> --to html|md|akn|docx [--out <file>] [--allow-findings]';
const FORMATS = ['html', 'md', 'akn', 'docx'] as const;
type Format = typeof FORMATS[number];

const HELP = `Usage: ${USAGE}

Renders an order into the document a court issues: the order in numbered paragraphs, with an annex
of the Rules of CM/Rec(2017)3 it was checked against and the findings that remain. The HTML is
print-ready (A4): a browser prints the PDF. Refuses an order with errors unless --allow-findings.

Formats (--to):
  html   print-ready HTML with the timeline (default)
  md     Markdown
  akn    Akoma Ntoso 3.0 XML (a judgment document with FRBR identification), for exchange
  docx   Word document with named styles a court can change; needs --out

Options:
  --to <format>      html, md, akn or docx
  --out <file>       write there (atomically) instead of stdout; required for docx
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
        const format = (values.to ?? 'html') as Format;
        if (!(FORMATS as readonly string[]).includes(format)) {
            throw new UsageError(`--to ${format} is not supported; available: ${FORMATS.join(', ')}`, 'render');
        }
        if (format === 'docx' && values.out === undefined) {
            throw new UsageError('--to docx writes a binary file: give --out <file>.docx', 'render');
        }
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? 'no file given' : `unexpected argument '${positionals[1]}'`, 'render');
        }
        const file = path.resolve(io.cwd, positionals[0]);
        const fileSystem = new GuardedFileSystemProvider(DEFAULT_MAX_FILE_SIZE);
        const { Sanction } = createSanctionCoreServices({ fileSystemProvider: () => fileSystem });
        const [result] = await lintFiles(Sanction, [URI.file(file)], {
            // Everything is read from the model while the document is loaded; only packing the DOCX
            // (which no longer needs the document) is awaited after.
            inspect: document => {
                const order = firstOrder(document);
                const findings = findingsOf(document);
                const profileId = Sanction.sanction.config.forDocument(document.uri).profile;
                return { findings, output: order ? renderAs(format, order, findings, profileId) : undefined };
            }
        });
        const shown = positionals[0];
        if (result.unreadable) {
            io.stderr(`sanction render: ${shown}: ${result.unreadable}\n`);
            return EXIT.failure;
        }
        const inspected = result.inspected;
        if (!inspected?.output) {
            io.stderr(`sanction render: ${shown}: no order in the file\n`);
            return EXIT.failure;
        }
        const refused = refusal(inspected.findings, { allowFindings: values['allow-findings'] });
        if (refused) {
            io.stderr(`sanction render: ${shown}: ${refused}\n`);
            return EXIT.problems;
        }
        const output = await inspected.output;
        if (values.out !== undefined) {
            // The DOCX is bytes: writeFileAtomic hands its argument to fs.writeFileSync, which takes
            // bytes as well as text, though its parameter is typed as a string.
            writeFileAtomic(path.resolve(io.cwd, values.out), output as string);
        } else {
            io.stdout(output as string);
        }
        return EXIT.ok;
    }
};

/** The rendered text, or for DOCX the bytes being packed. */
function renderAs(format: Format, order: Parameters<typeof renderHtml>[0], findings: Parameters<typeof renderHtml>[1], profileId: string): string | Promise<Uint8Array> {
    switch (format) {
        case 'md': return renderMarkdown(order, findings);
        case 'akn': return renderAkn(order, findings, { profileId });
        case 'docx': return renderDocx(order, findings);
        default: return renderHtml(order, findings);
    }
}
