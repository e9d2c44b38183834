/**
 * The notice for the person (`sanction notice`, Rule 61 of CM/Rec(2017)3): for every example order
 * and in each of en, fr and de, every figure of every requirement (hours, times, days, places,
 * frequencies, periods) is in the requirement's own line of the notice; the notice meets its
 * readability target; a notice language with no notice is one clear error; and the built CLI writes
 * the same notice, atomically with --out.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DaySpec, DurationLiteral, FrequencyLiteral, Order, Value } from '../../language/src/generated/ast.js';
import { createSanctionCoreServices } from '../../language/src/index.js';
import { lintFiles, lintText } from '../../language/src/core/lint.js';
import { measuresOf, type MeasureView } from '../../language/src/model/order-model.js';
import { resolveValue } from '../../language/src/model/values.js';
import { firstOrder } from '../../language/src/render/html.js';
import {
    NOTICE_LANGS, NoticeLanguageError, READABILITY_TARGET, noticeLanguage, renderNotice, type NoticeLang
} from '../../language/src/render/notice.js';
import { englishSyllables, frenchSyllables, germanSyllables, readability, sentenceCount } from '../../language/src/render/readability.js';
import { buildCli, sanction } from '../cli/helpers.js';
import { testServices } from '../helpers.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');

/** The example files that hold an order (template libraries hold none), relative to examples/. */
function examples(dir = ''): string[] {
    return fs.readdirSync(path.join(EXAMPLES, dir), { withFileTypes: true }).flatMap(entry => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return examples(relative);
        return entry.name.endsWith('.sanction') && /^order\s+"/m.test(fs.readFileSync(path.join(EXAMPLES, relative), 'utf8')) ? [relative] : [];
    }).sort();
}
const ORDERS = examples();
/** Asks for its notice in Italian: the product has none, so it is rendered with --lang only. */
const ITALIAN = 'pretrial-suspect-measure.sanction';
/** Has errors (automatic imprisonment on breach): refused unless --allow-findings. */
const REFUSED = 'bad/automatic-custody.sanction';

// The test's own words for what it looks for: unit stems, weekday names, frequency units.
const UNIT: Record<NoticeLang, Record<string, string>> = {
    en: { day: 'day', 'working day': 'working day', week: 'week', month: 'month', year: 'year' },
    fr: { day: 'jour', 'working day': 'jour', week: 'semaine', month: 'mois', year: 'an' },
    de: { day: 'Tag', 'working day': 'Werktag', week: 'Woche', month: 'Monat', year: 'Jahr' }
};
const WEEKDAYS: Record<NoticeLang, string[]> = {
    en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
};
const EVERY_DAY: Record<NoticeLang, string> = { en: 'every day', fr: 'tous les jours', de: 'jeden Tag' };
const MONTHS: Record<NoticeLang, string[]> = {
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
};
const COUNT_UNIT: Record<NoticeLang, Record<string, string>> = {
    en: { sessions: 'sessions', days: 'days' }, fr: { sessions: 'séances', days: 'jours' }, de: { sessions: 'Termin', days: 'Tag' }
};

const unitKey = (unit: string | undefined) => (unit ?? 'day').replace(/s$/, '');

/** "12 month" / "12 mois" / "12 Monat": the number and the unit's stem, as the notice must say them. */
function durationFigure(lang: NoticeLang, d: DurationLiteral | undefined): string[] {
    return d ? [`${d.value} ${UNIT[lang][unitKey(d.unit)]}`] : [];
}

/** A calendar date: the day, the month's name and the year ("1 August 2026", "1er août 2026", "1. August 2026"). */
function dateFigure(lang: NoticeLang, iso: string | undefined): string[] {
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    return m ? [`${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`, String(Number(m[3]))] : iso ? [iso] : [];
}

function dayFigures(lang: NoticeLang, days: DaySpec): string[] {
    if (days.every) return [EVERY_DAY[lang]];
    const index = (d: string) => ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(d.toLowerCase());
    if (days.weekdays) return [WEEKDAYS[lang][0], WEEKDAYS[lang][4]];
    if (days.weekends) return [WEEKDAYS[lang][5], WEEKDAYS[lang][6]];
    return days.ranges.flatMap(r => [r.from, ...(r.to ? [r.to] : [])]).map(d => WEEKDAYS[lang][index(d)]);
}

function frequencyFigures(lang: NoticeLang, f: FrequencyLiteral | undefined): string[] {
    if (!f) return [];
    if (f.named) return [UNIT[lang][{ daily: 'day', weekly: 'week', fortnightly: 'week', monthly: 'month' }[f.named] as string], ...(f.named === 'fortnightly' ? ['2'] : [])];
    return [UNIT[lang][unitKey(f.per)], ...(f.times ? [String(f.times)] : []), ...(f.every ? [String(f.every)] : [])];
}

/** Every figure of one requirement, read from the model, in the words the notice in `lang` must use. */
function figuresOf(measure: MeasureView, lang: NoticeLang): string[] {
    const value = <T extends Value>(slot: unknown) => resolveValue(slot as T | undefined, measure.bindings);
    const raw = (slot: unknown) => String((value(slot) as { value: unknown } | undefined)?.value);
    const text = (slot: unknown) => { const v = value(slot); return v ? [`"${String((v as { value: unknown }).value)}"`] : []; };
    const figures: string[] = [];
    for (const p of measure.node.params) {
        switch (p.$type) {
            case 'HoursParameter': figures.push(raw(p.hours)); break;
            case 'CompletionParameter': figures.push(...durationFigure(lang, value<DurationLiteral>(p.period))); break;
            case 'PlaceParameter': figures.push(...text(p.place)); break;
            case 'DailyHoursParameter': figures.push(...[p.start, p.end].map(t => String((value(t) as { value: unknown }).value))); break;
            case 'DaysParameter': figures.push(...dayFigures(lang, p.days)); break;
            case 'FrequencyParameter': figures.push(...frequencyFigures(lang, value<FrequencyLiteral>(p.frequency))); break;
            case 'AreaParameter':
                figures.push(...(p.radius !== undefined ? [String(p.radius), ...text(p.centre)] : text(p.name)), ...(p.map ? [`"${p.map}"`] : []));
                break;
            case 'ProviderParameter': figures.push(...text(p.provider)); break;
            case 'CountParameter': figures.push(`${raw(p.count)} ${COUNT_UNIT[lang][p.unit.startsWith('session') ? 'sessions' : 'days']}`); break;
            case 'ContactParameter': figures.push(...(p.person ? text(p.person) : [`"${p.class}"`])); break;
            case 'DestinationParameter': figures.push(`"${p.destination}"`); break;
            case 'AmountParameter': figures.push(`${p.amount} ${p.currency}`, ...(p.payee ? [`"${p.payee}"`] : [])); break;
            case 'DescriptionParameter': figures.push(`"${p.description}"`); break;
            case 'Consent': figures.push(...dateFigure(lang, p.date)); break;
            case 'TermParameter': {
                const t = p.term;
                if (t.$type === 'FixedTerm') figures.push(...durationFigure(lang, value<DurationLiteral>(t.length)));
                else if (t.$type === 'DateRangeTerm') figures.push(...dateFigure(lang, t.start), ...dateFigure(lang, t.end));
                else if (t.condition) figures.push(`"${t.condition}"`);
                break;
            }
            case 'ExtensionParameter': figures.push(...durationFigure(lang, value<DurationLiteral>(p.extension.maximum))); break;
            case 'ReviewParameter': figures.push(...durationFigure(lang, value<DurationLiteral>(p.review.interval))); break;
        }
    }
    if (measure.node.$type === 'Condition') figures.push(...text(measure.node.text));
    return figures;
}

interface Rendered {
    measures: number;
    /** Per language: the notice, its requirement lines, and the figures each line must hold. */
    byLang: Record<NoticeLang, { text: string; score: number; lines: string[]; figures: string[][] }>;
    defaultLang?: NoticeLang;
    defaultError?: string;
}

/** Loads an example with its imports and reads, while the model is loaded, its notices and the figures they must hold. */
async function renderExample(file: string): Promise<Rendered> {
    const { Sanction } = createSanctionCoreServices(NodeFileSystem);
    const [result] = await lintFiles(Sanction, [URI.file(path.join(EXAMPLES, file))], {
        inspect: document => {
            const order = firstOrder(document)!;
            const measures = measuresOf(order);
            const byLang = {} as Rendered['byLang'];
            for (const lang of NOTICE_LANGS) {
                const notice = renderNotice(order, { lang });
                const lines = measures.map((_, i) => notice.body.split('\n').find(line => line.startsWith(`${i + 1}. `)) ?? '');
                byLang[lang] = { text: notice.text, score: notice.readability.score, lines, figures: measures.map(m => figuresOf(m, lang)) };
            }
            let defaultLang: NoticeLang | undefined;
            let defaultError: string | undefined;
            try {
                defaultLang = noticeLanguage(order);
            } catch (error) {
                defaultError = (error as Error).message;
            }
            return { measures: measures.length, byLang, defaultLang, defaultError };
        }
    });
    expect(result.unreadable).toBeUndefined();
    return result.inspected!;
}

const rendered = new Map<string, Rendered>();
beforeAll(async () => {
    for (const file of ORDERS) rendered.set(file, await renderExample(file));
}, 120_000);

describe('the notice holds every figure of every requirement', () => {
    it('there are example orders to check, with requirements', () => {
        expect(ORDERS.length).toBeGreaterThanOrEqual(20);
        expect(ORDERS).toContain(ITALIAN);
        expect(ORDERS).toContain(REFUSED);
        expect([...rendered.values()].reduce((n, r) => n + r.measures, 0)).toBeGreaterThanOrEqual(50);
    });

    for (const file of ORDERS) {
        for (const lang of NOTICE_LANGS) {
            it(`${file} (${lang})`, () => {
                const { byLang, measures } = rendered.get(file)!;
                const { lines, figures } = byLang[lang];
                expect(lines.filter(line => line !== '')).toHaveLength(measures);
                figures.forEach((expected, i) => {
                    for (const figure of expected) {
                        expect(lines[i], `requirement ${i + 1}: ${figure}`).toContain(figure);
                    }
                });
            });
        }
    }

    it('a curfew from a template is written with the order\'s arguments, in each language', () => {
        const { byLang } = rendered.get('curfew-with-monitoring.sanction')!;
        expect(byLang.en.lines[0]).toBe('1. You must stay at home at set times. The place is "Flat 3, 41 Gloucester Road, Bristol BS7 8AD". The times are from 19:00 to 07:00. This is on every day. This lasts 4 months.');
        expect(byLang.fr.lines[0]).toBe('1. Vous devez rester chez vous à des heures fixes. Le lieu est "Flat 3, 41 Gloucester Road, Bristol BS7 8AD". Les heures sont de 19:00 à 07:00. Les jours sont : tous les jours. Cela dure 4 mois.');
        expect(byLang.de.lines[0]).toBe('1. Sie müssen zu festen Zeiten zu Hause sein. Der Ort ist "Flat 3, 41 Gloucester Road, Bristol BS7 8AD". Die Zeit ist von 19:00 bis 07:00 Uhr. Die Tage sind: jeden Tag. Das dauert 4 Monate.');
        expect(byLang.en.lines[2]).toContain('This is on Friday to Sunday. The times are from 21:00 to 06:00.');
    });

    it('says from when to when, who to contact, what follows a breach, and how to appeal and complain', () => {
        const { text } = rendered.get('multi-requirement-order.sanction')!.byLang.en;
        expect(text).toContain('\nWhen\nThe order was made on 21 September 2026.\nThe whole order lasts 18 months.\nThe court looks at it again every 6 months.\n');
        expect(text).toContain('\nWho to contact\nYour contact is "Probation Service, Greater Manchester region".');
        expect(text).toContain('If you break a rule in a serious way, this can lead to your case going back to the court.\n');
        expect(text).toContain('\nHow to appeal\nYou can appeal to "Court of Appeal (Criminal Division)". You must do it within 28 days.\n');
        expect(text).toContain('\nHow to complain\nYou can complain to "Probation Service complaints team, Greater Manchester".\n');
        const de = rendered.get('multi-requirement-order.sanction')!.byLang.de.text;
        expect(de).toContain('Sie haben dafür 28 Tage Zeit.');
        expect(de).toContain('Es kann früher enden, nach 9 Monaten, wenn "the programme is completed and the unpaid work done".');
    });
});

describe('readability', () => {
    it('counts syllables per language by vowel groups, with silent endings', () => {
        expect(['notice', 'make', 'every', 'programme', 'court', 'finish'].map(englishSyllables)).toEqual([2, 1, 3, 2, 1, 2]);
        expect(['mesure', 'doivent', 'étranger', 'jour', 'avertissement'].map(frenchSyllables)).toEqual([2, 1, 3, 1, 4]);
        expect(['Entscheidung', 'Woche', 'Gericht', 'Auflagen'].map(germanSyllables)).toEqual([3, 2, 2, 3]);
        expect(sentenceCount('One. Two: three\nfour at 12:00. 3.5 hours!')).toBe(4);
    });

    it('computes each formula from words, sentences and syllables', () => {
        // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015·6 − 84.6·1.
        expect(readability('The cat sat on the mat.', 'en')).toMatchObject({ score: 116.1, words: 6, sentences: 1, syllables: 6 });
        // 4 words, 1 sentence, 4 syllables (the final "e" of "parle" is mute): 207 − 1.015·4 − 73.6·1.
        expect(readability('Le chat parle fort.', 'fr')).toMatchObject({ score: 129.3, words: 4, sentences: 1, syllables: 4 });
        // 3 words, 1 sentence, 5 syllables: 180 − 3 − 58.5·5/3.
        expect(readability('Die Woche endet.', 'de')).toMatchObject({ score: 79.5, words: 3, sentences: 1, syllables: 5 });
    });

    for (const lang of NOTICE_LANGS) {
        it(`every example's notice in ${lang} reaches the target (${READABILITY_TARGET[lang]} or more), and says its score on the last line`, () => {
            for (const file of ORDERS) {
                const { text, score } = rendered.get(file)!.byLang[lang];
                expect(score, file).toBeGreaterThanOrEqual(READABILITY_TARGET[lang]);
                const last = text.trimEnd().split('\n').at(-1)!;
                expect(last).toMatch(new RegExp(`^Readability: .+ ${score.toString().replace('.', '\\.')} \\(target ${READABILITY_TARGET[lang]} or more; \\d+ words, \\d+ sentences, \\d+ syllables\\)$`));
            }
        });
    }
});

describe('the notice language', () => {
    it('is the order\'s notice language, else the person\'s, and --lang overrides it', async () => {
        expect(rendered.get('multi-requirement-order.sanction')!.defaultLang).toBe('en');
        const base = 'order "N1".\nmade on 2026-05-04.\ndecided by "Tribunal".\n';
        const order = async (text: string): Promise<Order> => firstOrder((await lintText(testServices(), text)).document)!;
        expect(noticeLanguage(await order(`${base}person "A B", convicted, understands German.\n`))).toBe('de');
        expect(noticeLanguage(await order(`${base}person "A B", convicted, understands German.\nrights:\n  notice in French, in writing.\n`))).toBe('fr');
        expect(noticeLanguage(await order(`${base}person "A B", convicted, understands German.\n`), 'en')).toBe('en');
        expect(noticeLanguage(await order(base))).toBe('en');
    });

    it('is an error naming the language, its line and the languages there are, when there is no notice in it', async () => {
        expect(rendered.get(ITALIAN)!.defaultError).toBe('line 36: the order asks for the notice in Italian, and there is no notice in that language; notices exist in en, fr, de (choose one with --lang)');
        const { document } = await lintText(testServices(), 'order "N2".\nperson "A B", convicted, understands Polish.\n');
        expect(() => renderNotice(firstOrder(document)!)).toThrow(NoticeLanguageError);
        expect(() => renderNotice(firstOrder(document)!)).toThrow('line 2: the order asks for the notice in Polish');
        expect(renderNotice(firstOrder(document)!, { lang: 'fr' }).lang).toBe('fr');
    });
});

describe('sanction notice (the built CLI)', () => {
    beforeAll(buildCli, 60_000);

    it('prints the notice in the order\'s language, as the renderer writes it', () => {
        const run = sanction(['notice', 'multi-requirement-order.sanction'], { cwd: EXAMPLES });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(rendered.get('multi-requirement-order.sanction')!.byLang.en.text);
        const fr = sanction(['notice', 'multi-requirement-order.sanction', '--lang', 'fr'], { cwd: EXAMPLES });
        expect(fr.code).toBe(0);
        expect(fr.stdout).toBe(rendered.get('multi-requirement-order.sanction')!.byLang.fr.text);
    });

    it('writes --out atomically, leaving no temporary file', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-'));
        try {
            const out = path.join(dir, 'notice-de.txt');
            const run = sanction(['notice', path.join(EXAMPLES, 'curfew-with-monitoring.sanction'), '-l', 'de', '-o', out], { cwd: dir });
            expect(run.code).toBe(0);
            expect(run.stdout).toBe('');
            expect(fs.readFileSync(out, 'utf8')).toBe(rendered.get('curfew-with-monitoring.sanction')!.byLang.de.text);
            expect(fs.readdirSync(dir)).toEqual(['notice-de.txt']);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('refuses a notice language it has no notice for in one line (exit 2), and writes one with --lang', () => {
        const run = sanction(['notice', ITALIAN], { cwd: EXAMPLES });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`sanction notice: ${ITALIAN}: line 36: the order asks for the notice in Italian, and there is no notice in that language; notices exist in en, fr, de (choose one with --lang)\n`);
        const en = sanction(['notice', ITALIAN, '--lang', 'en'], { cwd: EXAMPLES });
        expect(en.code).toBe(0);
        expect(en.stdout).toBe(rendered.get(ITALIAN)!.byLang.en.text);
        const bad = sanction(['notice', ITALIAN, '--lang', 'it'], { cwd: EXAMPLES });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toBe("sanction: --lang it is not supported; available: en, fr, de; see 'sanction notice --help'\n");
    });

    it('refuses an order with errors unless --allow-findings, and a missing file in one line', () => {
        const refused = sanction(['notice', REFUSED], { cwd: EXAMPLES });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(new RegExp(`^sanction notice: ${REFUSED}: the order has \\d+ errors? \\(first: line \\d+, [\\w-]+\\); fix them or pass --allow-findings\\n$`));
        const allowed = sanction(['notice', REFUSED, '--allow-findings'], { cwd: EXAMPLES });
        expect(allowed.code).toBe(0);
        // The order asks for its notice in French.
        expect(allowed.stdout).toBe(rendered.get(REFUSED)!.byLang.fr.text);
        const missing = sanction(['notice', 'no-such-order.sanction'], { cwd: EXAMPLES });
        expect(missing.code).toBe(2);
        expect(missing.stderr.split('\n')).toHaveLength(2);
        expect(missing.stderr).toMatch(/^sanction notice: no-such-order\.sanction: /);
    });
});
