import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintText } from '../../language/src/core/lint.js';
import {
    argumentSets, extremesOf, lintLibrary, longestOrderMonths, orderAround, orderMonths, type LibraryFinding, type LibraryLintResult
} from '../../language/src/library/lint-library.js';
import { getProfile } from '../../language/src/profiles/index.js';
import { buildCli, sanction, schemaValidator } from '../cli/helpers.js';
import { describeFinding, EXAMPLE_LIBRARY, manifest, project } from './helpers.js';

/**
 * `sanction lint --library <dir>` (language/src/library/lint-library.ts): every template of a library
 * applied in a generated order under each profile of its manifest, at its defaults and at the
 * extremes of its parameters, each finding attributed to the template, profile and arguments.
 */
const FIXTURES = path.join(__dirname, 'fixtures/lint-library');
const services = () => createSanctionCoreServices(NodeFileSystem).Sanction;

/** `file:line:col template profile at [arguments] check/message`, 1-based, the file relative to the library (`file(order)` for a range in the generated order). */
function describe1(result: LibraryLintResult, finding: LibraryFinding): string {
    const { start } = finding.range;
    const values = finding.arguments === undefined
        ? 'every value'
        : finding.varied!.length === 0 ? 'defaults' : finding.varied!.map(name => `${name}=${finding.arguments![name]}`).join(',');
    // An `apply` finding's range is in the generated order, not in the file.
    const where = finding.at === 'apply' ? `${path.relative(result.root, finding.file)}(order)` : path.relative(result.root, finding.file);
    return `${where}:${start.line + 1}:${start.character + 1} ${finding.template ?? '-'} ${finding.profile} ${finding.at} [${values}] ${finding.checkId}/${finding.messageId ?? '-'}`;
}

function templateNames(folder: string): string[] {
    return fs.readdirSync(folder).filter(name => name.endsWith('.sanction')).sort()
        .flatMap(file => [...fs.readFileSync(path.join(folder, file), 'utf8').matchAll(/^template ([A-Za-z][A-Za-z0-9-]*)\(/gm)].map(m => `${file}:${m[1]}`));
}

describe('the order a template is tried in', () => {
    const profiles = ['coe', 'england-wales', 'france', 'germany'];
    test.each(profiles)('is clean on its own under %s, at 12 months and at the longest order the profile allows', async profile => {
        for (const months of [12, longestOrderMonths(getProfile(profile)!)]) {
            const Sanction = services();
            Sanction.sanction.config.setOverrides({ profile });
            const text = orderAround('./x.sanction', 'x', { values: {}, varied: [] }, months).text
                .split('\n').filter(line => !/^(import|apply) /.test(line)).join('\n');
            expect(text).toContain(`in force for ${months} months`);
            const { findings } = await lintText(Sanction, text);
            expect(findings.map(describeFinding), `${profile}, ${months} months`).toEqual([]);
        }
    });

    test('applies the template on a line of its own, with every argument written out', () => {
        const { text, applyLine } = orderAround('./curfew.sanction', 'evening-curfew', { values: { start: '19:00', end: '07:00' }, varied: [] });
        expect(text.split('\n')[0]).toBe('import "./curfew.sanction".');
        expect(text.split('\n')[applyLine]).toBe('apply evening-curfew with start 19:00, end 07:00.');
    });

    test('runs as long as its longest duration argument, within the profile\'s longest order', () => {
        const ew = getProfile('england-wales')!;
        expect(longestOrderMonths(ew)).toBe(36);
        expect(longestOrderMonths(getProfile('coe')!)).toBe(36);
        expect(orderMonths({ values: { length: '6 months' }, varied: [] }, ew)).toBe(12);
        expect(orderMonths({ values: { length: '2 years' }, varied: [] }, ew)).toBe(24);
        expect(orderMonths({ values: { length: '60 months' }, varied: [] }, ew)).toBe(36);
    });
});

describe('argument sets', () => {
    const ew = getProfile('england-wales')!;

    test('the extremes of each type', () => {
        expect(extremesOf('duration', ew)).toEqual(['1 day', '36 months']);
        // One past the largest count of hours or days any shipped profile allows (France: 400 hours).
        expect(extremesOf('number', ew)).toEqual(['1', '401']);
        expect(extremesOf('time', ew)).toEqual(['00:00', '23:59']);
        expect(extremesOf('frequency', ew)).toEqual(['daily', 'once a month']);
        expect(extremesOf('date', ew)).toEqual(['2026-05-04', '2027-05-03']);
        expect(extremesOf('text', ew)).toEqual([]);
    });

    test('the defaults first, then each parameter at each extreme, then two times as the widest and narrowest window', () => {
        const template = {
            file: '/x.sanction', name: 'evening-curfew', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            parameters: [{ name: 'start', type: 'time', default: '19:00' }, { name: 'end', type: 'time', default: '07:00' }, { name: 'place', type: 'text' }]
        };
        const sets = argumentSets(template, ew).map(set => `${Object.entries(set.values).map(([k, v]) => `${k}=${v}`).join(' ')} | ${set.varied.join(',')}`);
        const place = 'place="12 Acacia Road, Exeter EX1 1AA"';
        expect(sets).toEqual([
            `start=19:00 end=07:00 ${place} | `,
            `start=00:00 end=07:00 ${place} | start`,
            `start=23:59 end=07:00 ${place} | start`,
            `start=19:00 end=00:00 ${place} | end`,
            `start=19:00 end=23:59 ${place} | end`,
            `start=00:00 end=23:59 ${place} | start,end`,
            `start=23:59 end=00:00 ${place} | start,end`
        ]);
        expect(argumentSets(template, ew, true)).toHaveLength(1);
    });
});

describe('lintLibrary', () => {
    test('examples/library is clean at its defaults under coe and england-wales', async () => {
        const result = await lintLibrary(services, EXAMPLE_LIBRARY, { defaultsOnly: true });
        const templates = templateNames(EXAMPLE_LIBRARY);
        expect(result.problems).toEqual([]);
        expect(result.manifest?.name).toBe('probation-standard');
        expect(result.profiles).toEqual(['coe', 'england-wales']);
        expect(result.templates.map(t => `${path.basename(t.file)}:${t.name}`).sort()).toEqual([...templates].sort());
        expect(result.orders).toBe(templates.length * 2);
        expect(result.findings.map(f => describe1(result, f))).toEqual([]);
    });

    test('examples/library at the extremes: nothing at the defaults, and a 36-month curfew is over england-wales\' 24 months', async () => {
        const result = await lintLibrary(services, EXAMPLE_LIBRARY);
        expect(result.problems).toEqual([]);
        expect(result.findings.filter(f => f.varied?.length === 0 || f.arguments === undefined).map(f => describe1(result, f))).toEqual([]);
        const curfew = result.findings.filter(f => f.template === 'nightly-home-curfew' && f.checkId === 'duration-over-limit');
        expect(curfew.map(f => describe1(result, f))).toEqual([
            'curfew.sanction:4:107 nightly-home-curfew england-wales parameter [start=00:00,end=23:59] duration-over-limit/overMaximum',
            'curfew.sanction:4:107 nightly-home-curfew england-wales parameter [start=23:59,end=00:00] duration-over-limit/underMinimum',
            'curfew.sanction:4:126 nightly-home-curfew england-wales parameter [length=36 months] duration-over-limit/overMaximum'
        ]);
        expect(curfew[2].message).toMatch(/^A term of 36 months exceeds the statutory maximum of 24 months for a curfew requirement in England and Wales \(Sentencing Act 2020, Sch\. 9 para\. 9\(5\)/);
        // Under coe (no statutory figures) a long curfew is only heavier than the model expects, seen in the order around it.
        expect(result.findings.filter(f => f.template === 'nightly-home-curfew' && f.profile === 'coe').map(f => describe1(result, f)))
            .toEqual(['curfew.sanction(order):17:1 nightly-home-curfew coe apply [length=36 months] control-intensity/overModel']);
        const [heavy] = result.findings.filter(f => f.template === 'nightly-home-curfew' && f.profile === 'coe');
        expect(heavy.order?.split('\n')[16]).toBe('apply nightly-home-curfew with address "the home address stated in the order", start 20:00, end 06:00, length 36 months.');
        expect(heavy.order).toContain('in force for 36 months, reviewed every 4 months.');
    });

    test('a template clean at its defaults reports the extreme that is not, with the profile and the arguments', async () => {
        const result = await lintLibrary(services, path.join(FIXTURES, 'extremes'));
        expect(result.problems).toEqual([]);
        expect(result.profiles).toEqual(['coe', 'england-wales']);
        // 7 argument sets (defaults, each time at 00:00 and 23:59, the widest and narrowest window) under 2 profiles.
        expect(result.orders).toBe(14);
        expect(result.findings.map(f => describe1(result, f))).toEqual([
            'curfew.sanction:4:46 evening-curfew england-wales parameter [start=00:00,end=23:59] duration-over-limit/overMaximum',
            'curfew.sanction:4:46 evening-curfew england-wales parameter [start=23:59,end=00:00] duration-over-limit/underMinimum'
        ]);
        const [over] = result.findings;
        expect(over.arguments).toEqual({ start: '00:00', end: '23:59' });
        expect(over.severity).toBe('error');
        expect(over.rules).toEqual([14, 21]);
        expect(over.range).toEqual({ start: { line: 3, character: 45 }, end: { line: 3, character: 62 } });
        expect(over.message).toMatch(/^24 hours a day exceeds the statutory maximum of 20 hours a day for a curfew requirement in England and Wales \(Sentencing Act 2020, Sch\. 9 para\. 9\(4\)\(b\)/);
    });

    test('a template at fault whatever its arguments is reported once, at the clause of the template', async () => {
        const result = await lintLibrary(services, path.join(FIXTURES, 'always-bad'));
        expect(result.findings.map(f => describe1(result, f))).toEqual([
            'treatment.sanction:5:3 drug-treatment england-wales template [every value] treatment-without-consent/noConsentWillingness'
        ]);
        const [finding] = result.findings;
        expect(finding.range).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 98 } });
        expect(finding.arguments).toBeUndefined();
        expect(finding.message).toMatch(/^The drug treatment requirement brought in by 'drug-treatment' records no consent, and the law of England and Wales requires/);
        expect(finding.message).not.toContain(', in template');
    });

    test('a finding about a clause of the template is placed on it, once, and not again as the file\'s own', async () => {
        const root = project({
            'sanction-library.json': manifest({ profiles: ['coe'] }),
            'conduct.sanction': 'template good-behaviour(length: duration = 6 months):\n  "Behaviour."\n  condition "be of good behaviour and keep away from bad company", for length.\n'
        });
        const result = await lintLibrary(services, root);
        expect(result.findings.map(f => `${describe1(result, f)}-${f.range.end.character + 1}`)).toEqual([
            'conduct.sanction:3:20 good-behaviour coe template [every value] vague-term/judgement-34',
            'conduct.sanction:3:39 good-behaviour coe template [every value] vague-term/noExtent-53',
            'conduct.sanction:3:54 good-behaviour coe template [every value] vague-term/judgement-65'
        ]);
        expect(result.findings[0].message).toMatch(/^"good behaviour" is a judgement, not a defined act/);
    });

    test('a folder without a manifest, an invalid manifest and an unknown profile are problems, and nothing is linted', async () => {
        const none = await lintLibrary(services, path.join(FIXTURES, 'no-manifest'));
        expect([none.problemKind, none.problems, none.orders]).toEqual(['input', ['not a template library, as it has no sanction-library.json'], 0]);
        const missing = await lintLibrary(services, path.join(FIXTURES, 'no-such-folder'));
        expect([missing.problemKind, missing.problems]).toEqual(['input', ['not a folder']]);
        const root = project({ 'sanction-library.json': manifest({ profiles: ['coe'], extra: 1 }), 'a.sanction': '' });
        const invalid = await lintLibrary(services, root);
        expect([invalid.problemKind, invalid.problems]).toEqual(['manifest', [`${path.join(root, 'sanction-library.json')}:9:3: 'extra': unknown key`]]);
        const unknown = await lintLibrary(services, path.join(FIXTURES, 'extremes'), { profiles: ['narnia'] });
        expect([unknown.problemKind, unknown.problems, unknown.orders]).toEqual(['profile', ['unknown profile \'narnia\''], 0]);
    });

    test('options.profiles replaces the manifest\'s; a library file\'s own findings are the file\'s unless a template brings them', async () => {
        const root = project({
            'sanction-library.json': manifest({ profiles: ['coe', 'england-wales'] }),
            'broken.sanction': 'template half(length: duration = 3 months):\n  "Half a template."\n  requirement curfew at.\n'
        });
        const result = await lintLibrary(services, root, { profiles: ['coe'] });
        expect(result.profiles).toEqual(['coe']);
        // The syntax error is the file's; the curfew with no times, which every use of the template
        // brings, is the template's (and not reported again as the file's).
        expect(result.findings.map(f => `${describe1(result, f)} ${f.severity}`)).toEqual([
            'broken.sanction:3:3 half coe template [every value] missing-parameters/requirement error',
            'broken.sanction:3:22 - coe file [every value] syntax-error/- error'
        ]);
    });
});

describe('sanction lint --library', () => {
    beforeAll(buildCli, 60_000);

    test('compact: one line per finding in the template\'s file, with the template, profile and arguments; exit 1 on an error', () => {
        const result = sanction(['lint', '--library', 'extremes'], { cwd: FIXTURES });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        const lines = result.stdout.split('\n');
        expect(lines.map(line => line.replace(/: 24 hours a day exceeds .*(\[[a-z-]+\])$|: 0 hours a day is under .*(\[[a-z-]+\])$/, ': … $1$2'))).toEqual([
            'extremes/curfew.sanction:4:46  error  evening-curfew under england-wales with start 00:00, end 23:59: … [duration-over-limit]',
            'extremes/curfew.sanction:4:46  error  evening-curfew under england-wales with start 23:59, end 00:00: … [duration-over-limit]',
            '',
            '2 problems (2 errors, 0 warnings, 0 infos) in 1 of 1 file',
            ''
        ]);
    });

    test('json: lint\'s document, each finding with template, profile, arguments, varied and at, and the library', () => {
        const result = sanction(['lint', '--library', 'always-bad', '-f', 'json'], { cwd: FIXTURES });
        expect(result.code).toBe(1);
        const output = JSON.parse(result.stdout);
        const validate = schemaValidator().compile(JSON.parse(fs.readFileSync(path.join(__dirname, '../../docs/schema/lint-output.schema.json'), 'utf8')));
        expect(validate(output) ? [] : validate.errors).toEqual([]);
        expect(output.library).toEqual({ name: 'always-bad-fixture', version: '1.0.0', path: 'always-bad', profiles: ['england-wales'], templates: 1, orders: 3 });
        expect(output.files.map((file: { path: string }) => file.path)).toEqual(['always-bad/treatment.sanction']);
        const [finding] = output.files[0].findings;
        expect([finding.checkId, finding.messageId, finding.range, finding.template, finding.profile, finding.arguments, finding.varied, finding.at]).toEqual([
            'treatment-without-consent', 'noConsentWillingness', { start: { line: 5, column: 3 }, end: { line: 5, column: 99 } },
            'drug-treatment', 'england-wales', null, null, 'template'
        ]);
        expect(finding.message).toMatch(/^drug-treatment under england-wales whatever the arguments: The drug treatment requirement/);
        expect(output.summary).toEqual({ files: 1, filesWithProblems: 1, problems: 1, errors: 1, warnings: 0, infos: 0, hints: 0 });
    });

    test('stylish, --profile for one profile, and a library clean under it exits 0', () => {
        const result = sanction(['lint', '--library', 'extremes', '-f', 'stylish', '--profile', 'coe'], { cwd: FIXTURES });
        expect([result.code, result.stdout, result.stderr]).toEqual([0, 'No problems in 1 file.\n', '']);
    });

    test('bad uses: files given too, --fix, no manifest (exit 2, one line)', () => {
        const withFiles = sanction(['lint', '--library', 'extremes', 'a.sanction'], { cwd: FIXTURES });
        expect(withFiles.code).toBe(2);
        expect(withFiles.stderr.split('\n')[0]).toBe('sanction: unexpected argument \'a.sanction\' (--library lints the library\'s own files, not files given); see \'sanction lint --help\'');
        const fix = sanction(['lint', '--library', 'extremes', '--fix'], { cwd: FIXTURES });
        expect(fix.code).toBe(2);
        expect(fix.stderr.split('\n')[0]).toBe('sanction: option \'--fix\' cannot be used with \'--library\'; see \'sanction lint --help\'');
        const none = sanction(['lint', '--library', 'no-manifest'], { cwd: FIXTURES });
        expect([none.code, none.stdout, none.stderr]).toEqual([2, '', 'sanction: cannot read no-manifest: not a template library, as it has no sanction-library.json\n']);
    });
});
