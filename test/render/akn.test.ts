import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../language/src/core/lint.js';
import { escapeXml, firstOrder, renderAkn, uriComponent } from '../../language/src/render/index.js';
import { renderCommand } from '../../packages/cli/src/commands/render.js';
import type { Io } from '../../packages/cli/src/io.js';
import { testServices } from '../helpers.js';
import { hasShared, sharedPath } from '../shared.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const SCHEMA = 'schemas/akoma-ntoso-3.0/akomantoso30.xsd';

function testIo(cwd: string): Io & { out: string; err: string } {
    const io = { cwd, env: {}, stdoutIsTTY: false, out: '', err: '', stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; } };
    return io;
}

/**
 * The example orders, relative to examples/: the good ones, and the bad ones (rendered with
 * --allow-findings). Files with no order (template libraries) are not orders to render.
 */
function examples(folder: string): string[] {
    const list = (dir: string): string[] => fs.readdirSync(path.join(EXAMPLES, dir), { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? list(path.join(dir, entry.name)) : entry.name.endsWith('.sanction') && /^order\s+"/m.test(fs.readFileSync(path.join(EXAMPLES, dir, entry.name), 'utf8')) ? [path.join(dir, entry.name)] : []);
    return list(folder).sort();
}
const GOOD = examples('.').filter(f => !f.startsWith('bad/'));
const BAD = examples('bad');
/** A bad example with errors (automatic imprisonment on breach): rendered only with --allow-findings. */
const REFUSED = 'bad/automatic-custody.sanction';

async function akn(text: string): Promise<string> {
    const { document, findings } = await lintText(testServices(), text);
    return renderAkn(firstOrder(document)!, findings, { today: '2026-12-02' });
}

const ORDER = `order "X1/26".
made on 2026-05-04.
decided by "Bristol Crown Court".
under "Sentencing Act 2020".
written in English.
person "Jordan Ellis", convicted, understands English.
offence "Affray", seriousness serious.
in force for 12 months, reviewed every 4 months.
requirement curfew, at "Flat 3", from 19:00 to 07:00, on every day, for 4 months.
requirement unpaid work, 120 hours, completed within 12 months.
rights:
  appeal to "Court of Appeal" within 28 days.
costs borne by the state.
`;

describe('Akoma Ntoso render', () => {
    it('identifies the work, expression and manifestation by court, date, case and language', async () => {
        const xml = await akn(ORDER);
        const work = '/akn/zz/judgment/bristol-crown-court/2026-05-04/x1-26';
        expect(xml).toContain(`<FRBRWork>
<FRBRthis value="${work}/!main"/>
<FRBRuri value="${work}"/>
<FRBRdate date="2026-05-04" name="decision"/>
<FRBRauthor href="#court"/>
<FRBRcountry value="zz"/>
<FRBRnumber value="X1/26"/>
<FRBRname value="Order"/>
</FRBRWork>`);
        expect(xml).toContain(`<FRBRExpression>
<FRBRthis value="${work}/eng@2026-05-04/!main"/>
<FRBRuri value="${work}/eng@2026-05-04"/>
<FRBRdate date="2026-05-04" name="decision"/>
<FRBRauthor href="#court"/>
<FRBRlanguage language="eng"/>
</FRBRExpression>`);
        expect(xml).toContain(`<FRBRManifestation>
<FRBRthis value="${work}/eng@2026-05-04/!main.akn"/>`);
        expect(xml).toContain('<TLCOrganization eId="court" href="/akn/ontology/organizations/zz/bristol-crown-court" showAs="Bristol Crown Court"/>');
        expect(xml).toContain('<TLCPerson eId="person" href="/akn/ontology/persons/zz/jordan-ellis" showAs="Jordan Ellis"/>');
        expect(xml).toContain('<p><courtType refersTo="#court">Bristol Crown Court</courtType></p>');
        expect(xml).toContain('<p>Case <docNumber>X1/26</docNumber>, made on <docDate date="2026-05-04">2026-05-04</docDate></p>');
        expect(xml).toContain('<p><party refersTo="#person" as="#subject">Jordan Ellis</party></p>');
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<judgment name="sanctionOrder">')).toBe(true);
    });

    it('marks each requirement\'s figures, times and places inline, numbered as in the HTML', async () => {
        const xml = await akn(ORDER);
        expect(xml).toContain('<paragraph eId="para_4"><num>4.</num><content><p>Curfew requirement: at <location eId="para_4__location_1" refersTo="#location_1">Flat 3</location>, from <time eId="para_4__time_2" time="19:00:00">19:00</time> to <time eId="para_4__time_3" time="07:00:00">07:00</time>, on every day, for <quantity eId="para_4__quantity_4" refersTo="#unit_duration" normalized="P4M">4 months</quantity>.</p></content></paragraph>');
        expect(xml).toContain('<paragraph eId="para_5"><num>5.</num><content><p>Unpaid work requirement: <quantity eId="para_5__quantity_1" refersTo="#unit_hours" normalized="120">120</quantity> hours, to be completed within <quantity eId="para_5__quantity_2" refersTo="#unit_duration" normalized="P12M">12 months</quantity>.</p></content></paragraph>');
        expect(xml).toContain('<TLCLocation eId="location_1" href="/akn/ontology/locations/flat-3" showAs="Flat 3"/>');
        expect(xml).toContain('<TLCConcept eId="unit_hours" href="/akn/ontology/concepts/sanction-orders/hours" showAs="hours"/>');
    });

    it('marks the dates of a requirement\'s own period', async () => {
        const xml = await akn(ORDER.replace('for 4 months.', 'from 2026-05-04 until 2026-09-04.'));
        expect(xml).toContain('from <date eId="para_4__date_4" date="2026-05-04">2026-05-04</date> until <date eId="para_4__date_5" date="2026-09-04">2026-09-04</date>.');
    });

    it('cites every Rule as a ref to the Recommendation in the annex', async () => {
        const xml = await akn(ORDER);
        expect(xml).toMatch(/<item eId="annex_1__rule_23"><p><ref eId="annex_1__ref_23" href="\/akn\/coe\/act\/recommendation\/2017-03-22\/cm-rec-2017-3\/!main#rule_23">Rule 23<\/ref>: /);
        expect(xml).toContain('<TLCReference eId="recommendation" name="citedDocument" href="/akn/coe/act/recommendation/2017-03-22/cm-rec-2017-3"');
    });

    it('escapes every value from the order', async () => {
        const xml = await akn(ORDER
            .replace('"Jordan Ellis"', '"<script>alert(1)</script> & \'x\' \u202Eevil"')
            .replace('"Flat 3"', '"\\"><img src=x onerror=alert(1)>"')
            .replace('"Bristol Crown Court"', '"javascript:alert(1) <b>"'));
        expect(xml).not.toMatch(/<script|<img|<b>/);
        expect(xml).not.toContain('\u202E');
        expect(xml).toContain('showAs="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &apos;x&apos; evil"');
        expect(xml).toContain('<courtType refersTo="#court">javascript:alert(1) &lt;b&gt;</courtType>');
        expect(escapeXml('a\u0001b"c')).toBe('ab&quot;c');
        expect(uriComponent('Cour d\'appel de Paris', 'court')).toBe('cour-d-appel-de-paris');
        expect(uriComponent('«»', 'court')).toBe('court');
    });

    it('takes FRBRcountry from the profile: gb for england-wales', async () => {
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run(['england-wales/low-level-order.sanction', '--to', 'akn'], io)).toBe(0);
        expect(io.err).toBe('');
        expect(io.out).toContain('<FRBRcountry value="gb"/>');
    });

    it('refuses an order with errors unless --allow-findings, and then lists the findings', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akn-'));
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run([REFUSED, '--to', 'akn', '--out', path.join(dir, 'bad.xml')], io)).toBe(1);
        expect(io.err).toMatch(/the order has \d+ errors? \(first: line \d+, [a-z-]+\); fix them or pass --allow-findings\n$/);
        expect(fs.existsSync(path.join(dir, 'bad.xml'))).toBe(false);
        const again = testIo(EXAMPLES);
        expect(await renderCommand.run([REFUSED, '--to', 'akn', '--out', path.join(dir, 'bad.xml'), '--allow-findings'], again)).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'bad.xml'), 'utf8')).toMatch(/<p>Findings that remain:<\/p>\n<blockList eId="annex_1__findings"><item eId="annex_1__finding_1"><p>Line \d+ \(error, /);
    });
});

/** xmllint's path, or undefined. */
function xmllint(): string | undefined {
    const found = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' });
    return found.status === 0 ? found.stdout.trim() : undefined;
}

const hasSchema = hasShared(SCHEMA);
const lint = xmllint();
const missing = !hasSchema
    ? `${sharedPath(SCHEMA)} not found (../shared beside the repository)`
    : !lint ? 'xmllint is not installed (run test/scripts/ensure-xmllint.sh)' : undefined;
if (missing) {
    console.warn(`NOTE: Akoma Ntoso schema validation was not run: ${missing}.`);
}

describe('Akoma Ntoso output validates against the official 3.0 schema', () => {
    if (missing) {
        it('has the schema and xmllint (required under CI)', () => {
            if (process.env.CI) expect.fail(`Akoma Ntoso schema validation was not run: ${missing}`);
        });
        return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akn-validate-'));
    const validate = (file: string) => spawnSync(lint!, ['--noout', '--schema', sharedPath(SCHEMA), file], { encoding: 'utf8' });

    it('finds the examples', () => {
        expect(GOOD.length).toBeGreaterThanOrEqual(8);
        expect(BAD.length).toBeGreaterThanOrEqual(10);
    });

    for (const [example, extra] of [...GOOD.map(f => [f, []] as const), ...BAD.map(f => [f, ['--allow-findings']] as const)]) {
        it(`${example}${extra.length ? ' (--allow-findings)' : ''}`, async () => {
            const out = path.join(dir, example.replace(/[\\/]/g, '_') + '.xml');
            const io = testIo(EXAMPLES);
            expect(await renderCommand.run([example, '--to', 'akn', '--out', out, ...extra], io)).toBe(0);
            expect(io.err).toBe('');
            const result = validate(out);
            expect(result.stderr.trim()).toBe(`${out} validates`);
            expect(result.status).toBe(0);
        });
    }

    it('an order full of markup and control characters still validates', async () => {
        const out = path.join(dir, 'hostile.xml');
        fs.writeFileSync(out, await akn(ORDER
            .replace('"Jordan Ellis"', '"<script>alert(1)</script> & \'x\' \u202Eevil \u0007"')
            .replace('"Flat 3"', '"\\"><img src=x onerror=alert(1)>"')
            .replace('"Bristol Crown Court"', '"]]> <!-- --> <?pi?>"')));
        const result = validate(out);
        expect(result.stderr.trim()).toBe(`${out} validates`);
    });

    it('the validator rejects a document that breaks the schema (the check can fail)', async () => {
        const out = path.join(dir, 'broken.xml');
        fs.writeFileSync(out, (await akn(ORDER)).replace('<FRBRcountry value="zz"/>', ''));
        const result = validate(out);
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain('fails to validate');
    });
});
