import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { requirementKinds } from '../../language/src/model/requirement-kinds.js';
import {
    citationOf, consentFor, consentRuleFor, DEFAULT_PROFILE_ID, defaultProfile, formIdOf, formLocalName, getProfile, kindKnown,
    kindLocalName, kindStatus, limitFor, MEASURES, orderLimitFor, profileIds, profiles, statutoryFigure, type Figure, type NamedFigure,
    type Profile
} from '../../language/src/profiles/index.js';

const profilesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../language/src/profiles');
const schema = JSON.parse(readFileSync(path.join(profilesDir, 'profile.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function profile(id: string): Profile {
    const found = getProfile(id);
    if (!found) {
        throw new Error(`no profile ${id}`);
    }
    return found;
}

/** Every figure of a profile with where it sits, for the checks that apply to all figures. */
function figures(p: Profile): Array<{ at: string; figure: Figure }> {
    const out: Array<{ at: string; figure: Figure }> = [];
    for (const [kindId, kind] of Object.entries(p.kinds)) {
        for (const bound of ['minimum', 'maximum'] as const) {
            for (const [measure, figure] of Object.entries(kind?.[bound] ?? {})) {
                out.push({ at: `kinds.${kindId}.${bound}.${measure}`, figure: figure as Figure });
            }
        }
    }
    for (const [formId, form] of Object.entries(p.forms)) {
        for (const bound of ['minimum', 'maximum'] as const) {
            const figure = form?.[bound]?.months;
            if (figure) {
                out.push({ at: `forms.${formId}.${bound}.months`, figure });
            }
        }
    }
    return out;
}

/** Every other statutory figure of a profile (review intervals, notice periods, requirements the language has no kind for). */
function namedFigures(p: Profile): Array<{ at: string; figure: NamedFigure }> {
    const out: Array<{ at: string; figure: NamedFigure }> = [];
    for (const [kindId, kind] of Object.entries(p.kinds)) {
        for (const figure of kind?.figures ?? []) {
            out.push({ at: `kinds.${kindId}.figures.${figure.id}`, figure });
        }
    }
    for (const other of p.otherRequirements ?? []) {
        for (const figure of other.figures ?? []) {
            out.push({ at: `otherRequirements.${other.localName}.${figure.id}`, figure });
        }
    }
    return out;
}

function rawJson(id: string): unknown {
    return JSON.parse(readFileSync(path.join(profilesDir, `${id}.json`), 'utf8'));
}

describe('profile files', () => {
    it('ships the four profiles, the Rules-only one first and as the default', () => {
        expect(profileIds()).toEqual(['coe', 'england-wales', 'france', 'germany']);
        expect(DEFAULT_PROFILE_ID).toBe('coe');
        expect(defaultProfile().id).toBe('coe');
        expect(getProfile('narnia')).toBeUndefined();
    });

    it.each(['coe', 'england-wales', 'france', 'germany'])('%s validates against profile.schema.json', id => {
        const ok = validate(rawJson(id));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
    });

    it('each file is named after its id', () => {
        for (const p of profiles()) {
            expect((rawJson(p.id) as { id: string }).id).toBe(p.id);
        }
    });

    it('uses only requirement kinds the language has, and the schema lists exactly those', () => {
        const languageKinds = requirementKinds().map(kind => kind.id).sort();
        expect([...schema.$defs.kindId.enum].sort()).toEqual(languageKinds);
        for (const p of profiles()) {
            for (const kindId of Object.keys(p.kinds)) {
                expect(languageKinds, `${p.id}: ${kindId}`).toContain(kindId);
            }
        }
    });

    it('every figure has a source, and every unverified figure, rule or kind says why', () => {
        for (const p of profiles()) {
            for (const { at, figure } of figures(p)) {
                expect(figure.source.trim().length, `${p.id} ${at}`).toBeGreaterThan(2);
                expect(typeof figure.verified, `${p.id} ${at}`).toBe('boolean');
                if (!figure.verified) {
                    expect(figure.note, `${p.id} ${at}`).toBeTruthy();
                }
            }
            for (const [kindId, kind] of Object.entries(p.kinds)) {
                if (kind?.consent) {
                    expect(kind.consent.source, `${p.id} ${kindId} consent`).toBeTruthy();
                    if (!kind.consent.verified) {
                        expect(kind.consent.note, `${p.id} ${kindId} consent`).toBeTruthy();
                    }
                }
                if (kind?.verified === false) {
                    expect(kind.note, `${p.id} ${kindId}`).toBeTruthy();
                }
            }
            if (p.orderMaximum) {
                expect(p.orderMaximum.source).toBeTruthy();
            }
        }
    });

    it('states minimums no larger than maximums', () => {
        for (const p of profiles()) {
            for (const [kindId, kind] of Object.entries(p.kinds)) {
                for (const [measure, min] of Object.entries(kind?.minimum ?? {})) {
                    const max = kind?.maximum?.[measure as keyof NonNullable<typeof kind.maximum>];
                    if (max && min) {
                        expect(min.value, `${p.id} ${kindId} ${measure}`).toBeLessThanOrEqual(max.value);
                    }
                }
            }
        }
    });

    it('every figure, consent rule and other figure of a national profile says where its text is (url)', () => {
        for (const p of profiles().filter(each => each.id !== 'coe')) {
            const sourced: Array<[string, { url?: string }]> = [
                ...figures(p).map(({ at, figure }) => [at, figure] as [string, { url?: string }]),
                ...namedFigures(p).map(({ at, figure }) => [at, figure] as [string, { url?: string }]),
                ...Object.entries(p.kinds).flatMap(([kindId, kind]) => [
                    ...(kind?.consent ? [[`kinds.${kindId}.consent`, kind.consent] as [string, { url?: string }]] : []),
                    ...Object.entries(kind?.consent?.bySetting ?? {}).map(([setting, rule]) => [`kinds.${kindId}.consent.bySetting.${setting}`, rule!] as [string, { url?: string }])
                ]),
                ...(p.orderMaximum ? [['orderMaximum', p.orderMaximum] as [string, { url?: string }]] : [])
            ];
            for (const [at, entry] of sourced) {
                expect(entry.url, `${p.id} ${at}`).toMatch(/^https:\/\//);
            }
        }
    });

    it('names the other figures uniquely within their kind', () => {
        for (const p of profiles()) {
            for (const [kindId, kind] of Object.entries(p.kinds)) {
                const ids = (kind?.figures ?? []).map(figure => figure.id);
                expect(new Set(ids).size, `${p.id} ${kindId}`).toBe(ids.length);
            }
        }
    });

    it('maps a kind only onto a kind the law provides', () => {
        for (const p of profiles()) {
            for (const [kindId, kind] of Object.entries(p.kinds)) {
                if (kind?.providedAs) {
                    expect(kindKnown(p, kind.providedAs), `${p.id} ${kindId} → ${kind.providedAs}`).toBe(true);
                }
            }
        }
    });

    it('cites provisions in sources rather than quoting them', () => {
        for (const p of profiles()) {
            for (const { at, figure } of figures(p)) {
                expect(figure.source.length, `${p.id} ${at}`).toBeLessThan(120);
            }
        }
    });
});

describe('docs/profiles.md', () => {
    const doc = readFileSync(path.resolve(profilesDir, '../../../docs/profiles.md'), 'utf8');
    const lines = doc.split('\n');

    it('has a row for every figure of the national profiles, with its source and status', () => {
        for (const p of profiles().filter(each => each.id !== 'coe')) {
            const all = [...figures(p).map(entry => ({ ...entry })), ...(p.orderMaximum
                ? [{ at: 'orderMaximum', figure: { value: p.orderMaximum.months, source: p.orderMaximum.source, verified: p.orderMaximum.verified } }]
                : [])];
            for (const { at, figure } of [...all, ...namedFigures(p)]) {
                const status = figure.verified ? 'yes' : '**no**';
                const row = lines.find(line => line.includes(` ${figure.value} `) && line.includes(`| ${figure.source} | ${status} |`));
                expect(row, `${p.id} ${at}: ${figure.value}, ${figure.source}, ${status}`).toBeDefined();
            }
        }
    });

    it('has a section for every profile', () => {
        for (const id of profileIds()) {
            expect(doc).toContain(`### \`${id}\``);
        }
    });
});

describe('the schema rejects what it should', () => {
    const minimal = (): Record<string, unknown> => ({
        id: 'test', name: 'Test', jurisdiction: 'Nowhere', law: [{ title: 'Act', applied: true }],
        checkedOn: '2026-11-26', forms: {}, kinds: {}
    });

    it('accepts a minimal profile', () => {
        expect(validate(minimal())).toBe(true);
    });

    it('rejects an unverified figure without a note', () => {
        const p = minimal();
        p.kinds = { 'unpaid-work': { known: true, maximum: { hours: { value: 10, source: 'Act s. 1', verified: false } } } };
        expect(validate(p)).toBe(false);
    });

    it('rejects a figure without a source', () => {
        const p = minimal();
        p.kinds = { 'unpaid-work': { known: true, maximum: { hours: { value: 10, verified: true } } } };
        expect(validate(p)).toBe(false);
    });

    it('rejects a kind the language does not have', () => {
        const p = minimal();
        p.kinds = { 'community-service': { known: true } };
        expect(validate(p)).toBe(false);
    });

    it('rejects limits on a kind the law does not know', () => {
        const p = minimal();
        p.kinds = { curfew: { known: false, maximum: { hoursPerDay: { value: 12, source: 'Act s. 2', verified: true } } } };
        expect(validate(p)).toBe(false);
    });

    it('rejects a url that is not one, other figures on a kind the law does not know, and providedAs on it', () => {
        const p = minimal();
        p.kinds = { curfew: { known: true, maximum: { hoursPerDay: { value: 12, source: 'Act s. 2', verified: true, url: 'Act s. 2' } } } };
        expect(validate(p)).toBe(false);
        const q = minimal();
        q.kinds = { curfew: { known: false, figures: [{ id: 'x', what: 'X', unit: 'days', value: 1, source: 'Act s. 2', verified: true }] } };
        expect(validate(q)).toBe(false);
        const r = minimal();
        r.kinds = { 'no-contact': { known: false, providedAs: 'prohibited-activity' } };
        expect(validate(r)).toBe(false);
    });

    it('accepts the new shapes: a named figure, a consent by setting, another requirement', () => {
        const p = minimal();
        p.kinds = {
            'drug-treatment': {
                known: true, named: true,
                figures: [{ id: 'review-interval-minimum-months', what: 'Reviews at least this far apart.', unit: 'months', value: 1, source: 'Act s. 5', verified: true, url: 'https://example.org/act/5' }],
                consent: { rule: 'conditional', condition: 'When it is a withdrawal treatment.', source: 'Act s. 6', verified: true, bySetting: { residential: { rule: 'required', source: 'Act s. 7', verified: true } } }
            },
            'no-contact': { known: true, providedAs: 'prohibited-activity' }
        };
        p.otherRequirements = [{ localName: 'attendance centre', source: 'Act s. 8', verified: false, note: 'Not read.', figures: [{ id: 'hours-maximum', what: 'Hours.', unit: 'hours', value: 36, source: 'Act s. 8', verified: false, note: 'Not read.' }] }];
        expect(validate(p)).toBe(true);
        expect(validate.errors ?? []).toEqual([]);
        const q = minimal();
        q.kinds = { 'drug-treatment': { known: true, consent: { rule: 'none', source: 'Act s. 6', verified: true, bySetting: { residential: { rule: 'conditional', source: 'Act s. 7', verified: true } } } } };
        expect(validate(q)).toBe(false);
    });

    it('rejects a conditional consent without its condition, and an unknown measure', () => {
        const p = minimal();
        p.kinds = { residence: { known: true, consent: { rule: 'conditional', source: 'Act s. 3', verified: true } } };
        expect(validate(p)).toBe(false);
        const q = minimal();
        q.kinds = { curfew: { known: true, maximum: { nights: { value: 3, source: 'Act s. 4', verified: true } } } };
        expect(validate(q)).toBe(false);
    });
});

describe('coe: the Rules alone', () => {
    const coe = profile('coe');

    it('knows every kind and every form, with no limits', () => {
        for (const kind of requirementKinds()) {
            expect(kindKnown(coe, kind.id), kind.id).toBe(true);
            for (const measure of MEASURES) {
                expect(limitFor(coe, kind.id, measure), `${kind.id} ${measure}`).toBeUndefined();
            }
        }
        expect(Object.keys(coe.forms).sort()).toEqual(schema.$defs.formId.enum.slice().sort());
        expect(coe.orderMaximum).toBeUndefined();
        expect(orderLimitFor(coe, 'community-order')).toBeUndefined();
    });

    it('records no consent rule: the Recommendation is not a national law that requires consent', () => {
        for (const kind of requirementKinds()) {
            expect(consentFor(coe, kind.id), kind.id).toBeUndefined();
            expect(kindStatus(coe, kind.id), kind.id).toBe('provided');
        }
    });
});

describe('england-wales: the figures the issue names', () => {
    const ew = profile('england-wales');

    it('unpaid work: 40-300 hours, within 12 months, Sch. 9 paras 1-2', () => {
        expect(limitFor(ew, 'unpaid-work', 'hours')).toMatchObject({
            min: 40, max: 300, verified: true,
            source: 'Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i); Sentencing Act 2020, Sch. 9 para. 2(1)(b)(ii)'
        });
        expect(limitFor(ew, 'unpaid-work', 'completionMonths')).toMatchObject({
            max: 12, verified: true, source: 'Sentencing Act 2020, Sch. 9 para. 1(1)(b)'
        });
    });

    it('curfew: 2-20 hours a day, at most 112 hours in 7 days, within 2 years', () => {
        expect(limitFor(ew, 'curfew', 'hoursPerDay')).toMatchObject({ min: 2, max: 20, verified: true });
        expect(limitFor(ew, 'curfew', 'hoursPerDay')?.source).toMatch(/Sch\. 9 para\. 9\(4\)\(a\)/);
        expect(limitFor(ew, 'curfew', 'hoursPerWeek')).toMatchObject({ max: 112, verified: true });
        expect(limitFor(ew, 'curfew', 'hoursPerWeek')?.min).toBeUndefined();
        expect(limitFor(ew, 'curfew', 'months')).toMatchObject({ max: 24, verified: true });
    });

    it('exclusion at most 2 years, marked unverified with a note', () => {
        const limit = limitFor(ew, 'exclusion', 'months');
        expect(limit).toMatchObject({ max: 24, verified: false });
        expect(limit?.note).toMatch(/could not be read/);
    });

    it('alcohol abstinence monitoring up to 120 days', () => {
        expect(limitFor(ew, 'alcohol-abstinence-monitoring', 'days')).toMatchObject({
            max: 120, verified: true, source: 'Sentencing Act 2020, Sch. 9 para. 25(4)(b)'
        });
    });

    it('community order ends at most 3 years after it is made; a suspended sentence runs 6-24 months', () => {
        expect(ew.orderMaximum).toMatchObject({ months: 36, source: 'Sentencing Act 2020, s. 209(2)', verified: true });
        expect(orderLimitFor(ew, 'community-order')).toMatchObject({ max: 36, verified: true });
        expect(orderLimitFor(ew, 'suspended-sentence')).toMatchObject({ min: 6, max: 24, verified: false });
        // no own figure: falls back to the order maximum
        expect(orderLimitFor(ew, 'probation')).toMatchObject({ max: 36 });
        expect(orderLimitFor(ew)).toMatchObject({ max: 36 });
    });

    it('the three treatment requirements need expressed willingness', () => {
        for (const id of ['drug-treatment', 'alcohol-treatment', 'mental-health-treatment']) {
            expect(consentFor(ew, id)?.rule, id).toBe('willingness');
        }
        expect(consentFor(ew, 'unpaid-work')?.rule).toBe('none');
    });

    it('does not know supervision or compensation as requirements of a community order', () => {
        for (const id of ['supervision', 'compensation']) {
            expect(kindKnown(ew, id), id).toBe(false);
            expect(kindStatus(ew, id), id).toBe('not-provided');
            expect(limitFor(ew, id, 'months'), id).toBeUndefined();
            expect(consentFor(ew, id), id).toBeUndefined();
        }
    });

    it('provides contact bans as a prohibited activity requirement, restorative activity under a rehabilitation activity requirement', () => {
        expect(ew.kinds['no-contact']).toMatchObject({ known: true, providedAs: 'prohibited-activity', source: 'Sentencing Act 2020, Sch. 9 Part 4' });
        for (const id of ['reparation', 'mediation']) {
            expect(ew.kinds[id as 'reparation']).toMatchObject({ known: true, providedAs: 'rehabilitation-activity' });
            expect(kindStatus(ew, id), id).toBe('provided');
        }
        expect(kindLocalName(ew, 'no-contact')).toBe('prohibited activity requirement (not to contact a person)');
    });

    it('drug rehabilitation: review by the court above 12 months, at intervals of at least one month (Sch. 9 para. 21)', () => {
        expect(statutoryFigure(ew, 'drug-treatment', 'review-required-above-months')).toMatchObject({
            value: 12, unit: 'months', source: 'Sentencing Act 2020, Sch. 9 para. 21(1)(a)', verified: true,
            url: 'https://www.legislation.gov.uk/ukpga/2020/17/schedule/9/paragraph/21'
        });
        expect(statutoryFigure(ew, 'drug-treatment', 'review-interval-minimum-months')).toMatchObject({
            value: 1, unit: 'months', source: 'Sentencing Act 2020, Sch. 9 para. 21(2)(a)', verified: true
        });
        expect(statutoryFigure(ew, 'drug-treatment', 'no-such-figure')).toBeUndefined();
        expect(statutoryFigure(ew, 'supervision', 'review-interval-minimum-months')).toBeUndefined();
    });

    it('attendance centre requirement, 12 to 36 hours, as a requirement the language has no kind for (Sch. 9 para. 27(3))', () => {
        const attendance = ew.otherRequirements?.find(other => other.localName === 'attendance centre requirement');
        expect(attendance).toMatchObject({ verified: true, url: 'https://www.legislation.gov.uk/ukpga/2020/17/schedule/9/part/13' });
        expect(attendance?.figures?.map(figure => [figure.id, figure.value, figure.unit, figure.source])).toEqual([
            ['hours-minimum', 12, 'hours', 'Sentencing Act 2020, Sch. 9 para. 27(3)(a)'],
            ['hours-maximum', 36, 'hours', 'Sentencing Act 2020, Sch. 9 para. 27(3)(b)']
        ]);
        expect(attendance?.note).toMatch(/convicted before PCSCA 2022 s\. 152/);
    });

    it('local names of kinds and forms', () => {
        expect(kindLocalName(ew, 'drug-treatment')).toBe('drug rehabilitation requirement');
        expect(kindLocalName(ew, 'supervision')).toBeUndefined();
        expect(formLocalName(ew, 'suspended-sentence')).toBe('suspended sentence order');
        expect(formLocalName(ew, 'pre-trial-measure')).toBeUndefined();
    });
});

describe('france: the figures the issue names', () => {
    const fr = profile('france');

    it('TIG: 20-400 hours within 18 months (arts. 131-8, 131-22), needing the person\'s agreement', () => {
        expect(limitFor(fr, 'unpaid-work', 'hours')).toMatchObject({ min: 20, max: 400, verified: true, source: 'Code pénal, art. 131-8, al. 1' });
        expect(limitFor(fr, 'unpaid-work', 'completionMonths')).toMatchObject({ max: 18, verified: true, source: 'Code pénal, art. 131-22, al. 1' });
        expect(consentFor(fr, 'unpaid-work')).toMatchObject({ rule: 'required', verified: true });
    });

    it('sursis probatoire: délai de probation 12 months to 3 years (art. 132-42)', () => {
        expect(orderLimitFor(fr, 'suspended-sentence')).toMatchObject({ min: 12, max: 36, verified: true, source: 'Code pénal, art. 132-42, al. 1' });
        expect(fr.orderMaximum?.months).toBe(36);
    });

    it('stage: at most one month, done within six months (art. 131-5-1)', () => {
        expect(limitFor(fr, 'programme', 'months')).toMatchObject({ max: 1, verified: true });
        expect(limitFor(fr, 'programme', 'completionMonths')).toMatchObject({ max: 6, verified: true });
    });

    it('supervision: travel of more than 15 days is notified to the probation service (art. 132-44, 4°, current text)', () => {
        expect(statutoryFigure(fr, 'supervision', 'travel-notice-days')).toMatchObject({
            value: 15, unit: 'days', source: 'Code pénal, art. 132-44, 4°', verified: true
        });
    });

    it('a ban on travel abroad is not named: art. 132-44, 6° asks only for prior notice to the judge', () => {
        expect(kindStatus(fr, 'foreign-travel-prohibition')).toBe('not-named');
        expect(fr.kinds['foreign-travel-prohibition']).toMatchObject({ known: false, named: false, source: 'Code pénal, art. 132-44, 6°', verified: true });
        expect(fr.kinds['foreign-travel-prohibition']?.note).toMatch(/beforehand of any trip abroad/);
    });

    it('the obligation de soins asks no consent (art. 132-45, 3°)', () => {
        for (const id of ['drug-treatment', 'alcohol-treatment', 'mental-health-treatment']) {
            expect(consentRuleFor(fr, id, 'residential'), id).toMatchObject({ rule: 'none', source: 'Code pénal, art. 132-45, 3°', verified: true });
        }
    });

    it('electronic monitoring: 15 days to 6 months, unverified', () => {
        expect(limitFor(fr, 'electronic-monitoring', 'days')).toMatchObject({ min: 15, verified: false });
        expect(limitFor(fr, 'electronic-monitoring', 'months')).toMatchObject({ max: 6, verified: false });
    });
});

describe('germany: the figures the issue names', () => {
    const de = profile('germany');

    it('Bewährungszeit 2-5 years (§ 56a)', () => {
        expect(orderLimitFor(de, 'suspended-sentence')).toMatchObject({ min: 24, max: 60, verified: true, source: 'StGB § 56a(1) Satz 2' });
        expect(de.orderMaximum).toMatchObject({ months: 60, verified: true });
        expect(orderLimitFor(de, 'deferred-sentence')).toMatchObject({ min: 12, max: 24, verified: true });
    });

    it('consent in the cases § 56c(3) names: withdrawal treatment or a bodily intervention (Nr. 1), a stay in an institution (Nr. 2)', () => {
        for (const id of ['drug-treatment', 'alcohol-treatment']) {
            expect(consentFor(de, id), id).toMatchObject({ rule: 'conditional', source: 'StGB § 56c(3) Nr. 1', verified: true });
            expect(consentFor(de, id)?.condition, id).toMatch(/Entziehungskur/);
            expect(consentRuleFor(de, id), id).toMatchObject({ rule: 'conditional' });
            expect(consentRuleFor(de, id, 'non-residential'), id).toMatchObject({ rule: 'conditional' });
            expect(consentRuleFor(de, id, 'residential'), id).toMatchObject({ rule: 'required', source: 'StGB § 56c(3) Nr. 2', verified: true });
        }
        expect(consentFor(de, 'mental-health-treatment')).toMatchObject({ rule: 'conditional', source: 'StGB § 56c(3) Nr. 1', verified: true });
        expect(consentRuleFor(de, 'mental-health-treatment', 'residential')).toMatchObject({ rule: 'required', source: 'StGB § 56c(3) Nr. 2' });
        expect(consentFor(de, 'residence')).toMatchObject({ rule: 'conditional', source: 'StGB § 56c(3) Nr. 2', verified: true });
        expect(citationOf(consentFor(de, 'drug-treatment')!)).toBe('StGB § 56c(3) Nr. 1');
        expect(citationOf(consentFor(profile('england-wales'), 'drug-treatment')!)).toBe('Sentencing Act 2020, Sch. 9 Part 10, unverified');
    });

    it('community work (§ 56b) has no statutory hours, and says so', () => {
        expect(kindKnown(de, 'unpaid-work')).toBe(true);
        expect(limitFor(de, 'unpaid-work', 'hours')).toBeUndefined();
        expect(de.kinds['unpaid-work']?.note).toMatch(/no minimum or maximum hours/);
        expect(de.kinds['unpaid-work']?.source).toBe('StGB § 56b(2) Satz 1 Nr. 3');
    });

    it('probation officer under § 56d; electronic monitoring not named for a suspended sentence', () => {
        expect(de.kinds.supervision?.source).toMatch(/§ 56d/);
        expect(kindKnown(de, 'electronic-monitoring')).toBe(false);
        expect(kindStatus(de, 'electronic-monitoring')).toBe('not-named');
        expect(de.kinds['electronic-monitoring']?.note).toMatch(/^The StGB names no electronic monitoring/);
        expect(de.forms['community-order']?.known).toBe(false);
        expect(orderLimitFor(de, 'community-order')).toMatchObject({ max: 60 });
    });
});

describe('limitFor and friends', () => {
    const ew = profile('england-wales');

    it('returns undefined for an unknown profile kind, an unknown kind id, or a measure with no figure', () => {
        expect(limitFor(ew, 'mediation', 'hours')).toBeUndefined();
        expect(limitFor(ew, 'teleportation', 'hours')).toBeUndefined();
        expect(limitFor(ew, 'unpaid-work', 'hoursPerDay')).toBeUndefined();
        expect(limitFor(ew, 'residence', 'months')).toBeUndefined();
    });

    it('gives only a maximum for completionMonths, and only the bound that exists', () => {
        const hoursPerWeek = limitFor(ew, 'curfew', 'hoursPerWeek');
        expect(hoursPerWeek && 'min' in hoursPerWeek).toBe(false);
        const aam = limitFor(ew, 'alcohol-abstinence-monitoring', 'days');
        expect(aam?.min).toBeUndefined();
        expect(aam?.max).toBe(120);
    });

    it('is unverified when any figure behind it is, and carries the notes', () => {
        const ssoForm = orderLimitFor(ew, 'suspended-sentence');
        expect(ssoForm?.verified).toBe(false);
        expect(ssoForm?.note).toMatch(/Sentencing Council/);
    });

    it('maps grammar form keywords to form ids', () => {
        expect(formIdOf('community order')).toBe('community-order');
        expect(formIdOf('pre-trial  measure')).toBe('pre-trial-measure');
        expect(formIdOf('deferred sentence')).toBe('deferred-sentence');
        expect(formIdOf('house arrest')).toBeUndefined();
    });

    it('kindKnown distinguishes not provided from not stated', () => {
        expect(kindKnown(ew, 'curfew')).toBe(true);
        expect(kindKnown(ew, 'compensation')).toBe(false);
        expect(kindKnown(profile('france'), 'mediation')).toBeUndefined();
    });

    it('kindStatus tells provided, not provided, not named and not stated apart', () => {
        expect(kindStatus(ew, 'curfew')).toBe('provided');
        expect(kindStatus(ew, 'no-contact')).toBe('provided');
        expect(kindStatus(ew, 'compensation')).toBe('not-provided');
        expect(kindStatus(profile('germany'), 'electronic-monitoring')).toBe('not-named');
        expect(kindStatus(profile('france'), 'mediation')).toBe('not-stated');
    });
});
