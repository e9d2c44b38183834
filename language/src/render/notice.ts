import type { AstNode } from 'langium';
import type {
    AppealRight, Breach, ComplaintRoute, Consequence, DaySpec, DurationLiteral, EarlyTermination, FrequencyLiteral, Notice, Order,
    OrderTerm, Person, Rights, Term, Value
} from '../generated/ast.js';
import {
    isBreach, isDecidingAuthority, isEarlyTermination, isImplementingAuthority, isMadeOn, isNotice, isOrderLanguage, isOrderTerm,
    isPerson, isRights
} from '../generated/ast.js';
import { clauseOf, measuresOf, type MeasureView } from '../model/order-model.js';
import { parseIsoDate, rangeDates, resolveValue } from '../model/values.js';
import { readability, type NoticeLang, type Readability } from './readability.js';

/**
 * The notice for the person (Rule 61 of CM/Rec(2017)3: the person should be informed of the order
 * in a language they understand and, if necessary, in writing): what they must do, from when to
 * when, who to contact, what happens if they do not comply, how to appeal and how to complain, in
 * short second-person sentences. Read from the order's model; every figure of a requirement
 * (hours, times, days, places, frequencies, periods) is in it. The sentence templates of the three
 * languages are ours.
 */

export type { NoticeLang } from './readability.js';

/** The languages the product has a notice for. */
export const NOTICE_LANGS: readonly NoticeLang[] = ['en', 'fr', 'de'];

/**
 * The lowest reading-ease score a notice should have, per language (see readability.ts for the
 * scales): 60 on Flesch's English scale is "plain English"; the Kandel–Moles scale reads the same
 * text about ten points higher, so French asks 70; on Amstad's German scale 60 is "normal" text.
 * The examples' notices score 70–91 (en), 82–98 (fr) and 67–80 (de) with the values the orders
 * quote (names, addresses), which are scored too since the person reads them.
 */
export const READABILITY_TARGET: Readonly<Record<NoticeLang, number>> = { en: 60, fr: 70, de: 60 };

const LANGUAGE_NAMES: Record<string, NoticeLang> = {
    english: 'en', anglais: 'en', englisch: 'en', en: 'en',
    french: 'fr', français: 'fr', francais: 'fr', französisch: 'fr', franzoesisch: 'fr', fr: 'fr',
    german: 'de', deutsch: 'de', allemand: 'de', de: 'de'
};

/** The notice language of a language the order names ("English", "français"), or undefined. */
export function noticeLangOf(name: string): NoticeLang | undefined {
    return LANGUAGE_NAMES[name.trim().toLowerCase()];
}

/** The order names a language for the notice that the product has no notice for. */
export class NoticeLanguageError extends Error {
    /** The line (1-based) of the clause that names the language, when known. */
    readonly line?: number;

    constructor(readonly language: string, where?: AstNode) {
        const line = where?.$cstNode ? where.$cstNode.range.start.line + 1 : undefined;
        super(`${line !== undefined ? `line ${line}: ` : ''}the order asks for the notice in ${language}, and there is no notice in that language; notices exist in ${NOTICE_LANGS.join(', ')} (choose one with --lang)`);
        this.name = 'NoticeLanguageError';
        this.line = line;
    }
}

/**
 * The language of the notice: `override` if given; else the first language of the order's
 * `notice in …` clause; else the first language the person `understands`; else the language the
 * order is written in; else English. Throws NoticeLanguageError when that language has no notice.
 */
export function noticeLanguage(order: Order, override?: NoticeLang): NoticeLang {
    if (override) return override;
    const notice: Notice | undefined = clauseOf(order, isRights)?.items.find(isNotice);
    const person = clauseOf(order, isPerson);
    const written = clauseOf(order, isOrderLanguage);
    const [named, where]: [string | undefined, AstNode | undefined] = notice?.languages.length ? [notice.languages[0], notice]
        : person?.languages.length ? [person.languages[0], person]
        : [written?.language, written];
    if (named === undefined) return 'en';
    const lang = noticeLangOf(named);
    if (!lang) throw new NoticeLanguageError(named, where);
    return lang;
}

export interface NoticeResult {
    readonly lang: NoticeLang;
    /** The notice without the readability line. */
    readonly body: string;
    readonly readability: Readability;
    /** The body, then a last line with the readability score and its target. */
    readonly text: string;
}

/** The notice for the person, in their language (or `lang`), with its readability score on the last line. */
export function renderNotice(order: Order, options: { lang?: NoticeLang } = {}): NoticeResult {
    const lang = noticeLanguage(order, options.lang);
    const body = noticeBody(order, WORDS[lang]);
    // Scored on its sentences: the title and the headings (lines with no full stop) are not
    // sentences, and their few words would make the sentences look shorter than they are.
    const score = readability(body.split('\n').filter(line => /[.!?]$/.test(line)).join('\n'), lang);
    const target = READABILITY_TARGET[lang];
    const line = `Readability: ${score.formula} ${score.score} (target ${target} or more; ${score.words} words, ${score.sentences} sentences, ${score.syllables} syllables)`;
    return { lang, body, readability: score, text: `${body}\n---\n${line}\n` };
}

// ---------------------------------------------------------------------------------------------
// The words of each language
// ---------------------------------------------------------------------------------------------

type Unit = 'day' | 'working day' | 'week' | 'month' | 'year';

interface Words {
    title(name: string | undefined): string;
    caseLine(ref: string, court: string | undefined, date: string | undefined): string;
    headings: { do: string; when: string; contact: string; breach: string; appeal: string; complain: string };
    unit(unit: Unit, n: number): string;
    date(year: number, month: number, day: number): string;
    weekdays: readonly string[];
    everyDay: string;
    /** "every week", "twice a month", "3 times a week", "every 2 weeks". */
    frequency(f: { named?: string; times?: number; every?: number; per: Unit }): string;
    kind: Record<string, string>;
    condition(text: string): string;
    hours(n: string): string;
    completion(d: string): string;
    place(p: string): string;
    dailyHours(from: string, to: string): string;
    days(d: string): string;
    frequencyOf(purpose: string | undefined, f: string): string;
    monitoring(target: string): string;
    areaNamed(name: string): string;
    areaRadius(radius: string, centre: string): string;
    map(map: string): string;
    provider(p: string): string;
    setting(residential: boolean): string;
    count(n: string, unit: 'sessions' | 'days', upTo: boolean): string;
    contactPerson(p: string): string;
    contactClass(c: string): string;
    destination(d: string): string;
    amount(a: string, payee: string | undefined): string;
    description(kind: string | undefined, d: string): string;
    victim: string;
    consent(date: string | undefined, refused: boolean): string;
    termFor(d: string, whole?: boolean): string;
    termUntil(from: string | undefined, to: string, whole?: boolean): string;
    termOpen(condition: string | undefined, whole?: boolean): string;
    extension(max: string | undefined): string;
    review(d: string): string;
    orderMade(date: string | undefined): string;
    /** The sentence of a requirement's own period, or the whole order's (`whole`). */
    orderReview(d: string): string;
    early(after: string | undefined, condition: string | undefined): string;
    noTerm: string;
    contact(name: string): string;
    contactCourt(name: string | undefined): string;
    askContact: string;
    level(level: string, consequences: string, automatic: boolean): string;
    consequence(kind: string | undefined, within: string | undefined): string;
    quoted(text: string): string;
    heard: string;
    or: string;
    hearing(authority: string | undefined): string;
    lawyer: string;
    documents: string;
    credit(none: boolean): string;
    options(list: string): string;
    step(step: string): string;
    noBreach: string;
    appeal(body: string, limit: string | undefined): string;
    noAppeal: string;
    complain(body: string): string;
    noComplaint: string;
}

const q = (s: string) => `"${s}"`;

const EN: Words = {
    title: name => name ? `Your order: what it means for you, ${name}` : 'Your order: what it means for you',
    caseLine: (ref, court, date) => `Case ${ref}.${court ? ` The order was made by ${court}` : ' The order was made'}${date ? ` on ${date}` : ''}.`,
    headings: { do: 'What you must do', when: 'When', contact: 'Who to contact', breach: 'If you do not do what the order says', appeal: 'How to appeal', complain: 'How to complain' },
    unit: (unit, n) => `${n} ${unit}${n === 1 ? '' : 's'}`,
    date: (y, m, d) => `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    everyDay: 'every day',
    frequency: f => {
        const per = f.per;
        if (f.named) return ({ daily: 'every day', weekly: 'every week', fortnightly: 'every 2 weeks', monthly: 'every month' } as Record<string, string>)[f.named] ?? f.named;
        if (f.times === 1) return `once a ${per}`;
        if (f.times === 2) return `twice a ${per}`;
        if (f.times) return `${f.times} times a ${per}`;
        return f.every ? `every ${f.every} ${per}s` : `every ${per}`;
    },
    kind: {
        'unpaid work': 'You must do unpaid work for the community.',
        supervision: 'You must meet your supervisor.',
        curfew: 'You must stay at home at set times.',
        'electronic monitoring': 'You must wear an electronic tag.',
        exclusion: 'You must keep out of an area.',
        residence: 'You must live at one address.',
        programme: 'You must take part in a course.',
        'rehabilitation activity': 'You must take part in activities that help you.',
        'drug treatment': 'You must have treatment for drug use.',
        'alcohol treatment': 'You must have treatment for alcohol use.',
        'mental health treatment': 'You must have treatment for your mental health.',
        'alcohol abstinence monitoring': 'You must not drink any alcohol. A tag checks this.',
        'prohibited activity': 'You must not do one thing.',
        'no contact': 'You must not contact one person or group.',
        'foreign travel prohibition': 'You must not travel abroad.',
        reparation: 'You must make up for the harm you did.',
        compensation: 'You must pay money for the harm you did.',
        mediation: 'You must take part in a meeting with the victim. A mediator runs it.'
    },
    condition: t => `You must also do this: ${q(t)}.`,
    hours: n => `You must work ${n} hours.`,
    completion: d => `You must finish within ${d}.`,
    place: p => `The place is ${q(p)}.`,
    dailyHours: (a, b) => `The times are from ${a} to ${b}.`,
    days: d => `This is on ${d}.`,
    frequencyOf: (purpose, f) => purpose === 'reporting' ? `You must go there ${f}.` : purpose === 'attending' ? `You must go ${f}.` : purpose === 'testing' ? `You will have a test ${f}.` : `This is ${f}.`,
    monitoring: t => `The tag checks your ${({ curfew: 'curfew', exclusion: 'exclusion zone', location: 'location', whereabouts: 'location', alcohol: 'drinking', attendance: 'attendance' } as Record<string, string>)[t] ?? q(t)}.`,
    areaNamed: n => `The area is ${q(n)}.`,
    areaRadius: (r, c) => `The area is within ${r} of ${q(c)}.`,
    map: m => `The map ${q(m)} shows it.`,
    provider: p => `It is run by ${q(p)}.`,
    setting: r => r ? 'You live there while you have it.' : 'You do not live there.',
    count: (n, unit, upTo) => unit === 'sessions' ? `There are ${upTo ? 'up to ' : ''}${n} sessions.` : `You must take part on ${upTo ? 'up to ' : ''}${n} days.`,
    contactPerson: p => `Do not contact ${q(p)}.`,
    contactClass: c => `Do not contact any person who is ${q(c)}.`,
    destination: d => `Do not travel to ${q(d)}.`,
    amount: (a, payee) => `You must pay ${a}.${payee ? ` Pay it to ${q(payee)}.` : ''}`,
    description: (kind, d) => kind === 'prohibited activity' ? `You must not do this: ${q(d)}.` : kind === 'programme' ? `The course is ${q(d)}.` : `It means: ${q(d)}.`,
    victim: 'The victim takes part.',
    consent: (date, refused) => refused ? 'You did not agree to this.' : `You agreed to this${date ? ` on ${date}` : ''}.`,
    termFor: (d, whole) => `${whole ? 'The whole order' : 'This'} lasts ${d}.`,
    termUntil: (a, b, whole) => `${whole ? 'The whole order' : 'This'} lasts ${a ? `from ${a} ` : ''}until ${b}.`,
    termOpen: (c, whole) => `${whole ? 'The whole order' : 'This'} lasts until ${c ? q(c) : 'the court ends it'}.`,
    extension: m => m ? `The court can make it longer, by up to ${m}.` : 'The court can make it longer.',
    review: d => `It is checked every ${d}.`,
    orderMade: d => d ? `The order was made on ${d}.` : 'The order has no date.',
    orderReview: d => `The court looks at it again every ${d}.`,
    early: (after, c) => `It can end early${after ? `, after ${after}` : ''}${c ? `, if ${q(c)}` : ''}.`,
    noTerm: 'The order does not say how long it lasts. Ask your contact.',
    contact: n => `Your contact is ${q(n)}. They run your order. Ask them if something is not clear.`,
    contactCourt: n => n ? `Your contact is ${q(n)}. Ask them if something is not clear.` : 'Ask the court if something is not clear.',
    askContact: 'Ask your contact.',
    level: (level, c, auto) => `${level === 'minor' ? 'If you break a rule in a small way' : level === 'significant' ? 'If you break a rule in a serious way' : 'If you break a rule'}, this can lead to ${c}.${auto ? ' This happens at once.' : ''}`,
    consequence: (kind, within) => {
        const k = ({
            warning: 'a warning', 'formal warning': 'a formal warning', 'referral to the deciding authority': 'your case going back to the court',
            revocation: 'the end of the order and a new sentence', modification: 'changes to the order', 'additional requirements': 'more things you must do',
            'additional requirement': 'one more thing you must do', imprisonment: 'prison', fine: 'a fine', 'recall to prison': 'going back to prison',
            'written report': 'a written report to the court', report: 'a report to the court'
        } as Record<string, string>)[kind ?? ''] ?? kind ?? '';
        return `${k}${within ? ` within ${within}` : ''}`;
    },
    quoted: t => q(t),
    heard: 'You can speak first.',
    or: 'or',
    hearing: a => `Before a decision, you have a hearing${a ? ` at ${q(a)}` : ''}.`,
    lawyer: 'A lawyer can help you.',
    documents: 'You can see the papers.',
    credit: none => none ? 'The time you have already done does not count.' : 'The time you have already done counts.',
    options: l => `The court can decide on ${l}.`,
    step: s => `Then: ${s}.`,
    noBreach: 'The order does not say. Ask your contact.',
    appeal: (b, l) => `You can appeal to ${q(b)}.${l ? ` You must do it within ${l}.` : ''}`,
    noAppeal: 'The order does not say how to appeal. Ask your contact or a lawyer.',
    complain: b => `You can complain to ${q(b)}.`,
    noComplaint: 'The order does not say where to complain. Ask your contact.'
};

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_UNITS: Record<Unit, [string, string]> = { day: ['jour', 'jours'], 'working day': ['jour ouvrable', 'jours ouvrables'], week: ['semaine', 'semaines'], month: ['mois', 'mois'], year: ['an', 'ans'] };
const FR_PER: Record<Unit, string> = { day: 'par jour', 'working day': 'par jour ouvrable', week: 'par semaine', month: 'par mois', year: 'par an' };

const FR: Words = {
    title: name => name ? `Votre mesure : ce qu'elle veut dire pour vous, ${name}` : "Votre mesure : ce qu'elle veut dire pour vous",
    caseLine: (ref, court, date) => `Dossier ${ref}.${court ? ` La décision vient de ${court}` : ' La décision a été prise'}${date ? ` le ${date}` : ''}.`,
    headings: { do: 'Ce que vous devez faire', when: 'Quand', contact: 'Qui contacter', breach: 'Si vous ne faites pas ce qui est prévu', appeal: 'Comment faire appel', complain: 'Comment vous plaindre' },
    unit: (unit, n) => `${n} ${FR_UNITS[unit][n === 1 ? 0 : 1]}`,
    date: (y, m, d) => `${d === 1 ? '1er' : d} ${FR_MONTHS[m - 1]} ${y}`,
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    everyDay: 'tous les jours',
    frequency: f => {
        if (f.named) return ({ daily: 'tous les jours', weekly: 'chaque semaine', fortnightly: 'toutes les 2 semaines', monthly: 'chaque mois' } as Record<string, string>)[f.named] ?? f.named;
        if (f.times === 1) return `une fois ${FR_PER[f.per]}`;
        if (f.times === 2) return `deux fois ${FR_PER[f.per]}`;
        if (f.times) return `${f.times} fois ${FR_PER[f.per]}`;
        if (f.every) return `tous les ${f.every} ${FR_UNITS[f.per][1]}`;
        return ({ day: 'tous les jours', 'working day': 'chaque jour ouvrable', week: 'chaque semaine', month: 'chaque mois', year: 'chaque année' } as Record<Unit, string>)[f.per];
    },
    kind: {
        'unpaid work': 'Vous devez faire un travail non payé pour tous.',
        supervision: 'Vous devez voir votre agent de suivi.',
        curfew: 'Vous devez rester chez vous à des heures fixes.',
        'electronic monitoring': 'Vous devez porter un bracelet.',
        exclusion: "Vous ne devez pas aller dans une zone.",
        residence: 'Vous devez vivre à une adresse fixe.',
        programme: 'Vous devez suivre un stage.',
        'rehabilitation activity': 'Vous devez faire des activités qui vous aident.',
        'drug treatment': 'Vous devez suivre des soins pour la drogue.',
        'alcohol treatment': "Vous devez suivre des soins pour l'alcool.",
        'mental health treatment': 'Vous devez suivre des soins pour votre santé.',
        'alcohol abstinence monitoring': "Vous ne devez pas boire d'alcool. Un bracelet le contrôle.",
        'prohibited activity': 'Il y a une chose que vous ne devez pas faire.',
        'no contact': 'Vous ne devez pas contacter une personne ou un groupe.',
        'foreign travel prohibition': "Vous ne devez pas aller à l'étranger.",
        reparation: 'Vous devez réparer le mal que vous avez fait.',
        compensation: 'Vous devez payer une somme pour le mal fait.',
        mediation: 'Vous devez voir la victime avec un médiateur.'
    },
    condition: t => `Vous devez aussi faire ceci : ${q(t)}.`,
    hours: n => `Vous devez faire ${n} heures.`,
    completion: d => `Vous avez ${d} pour finir.`,
    place: p => `Le lieu est ${q(p)}.`,
    dailyHours: (a, b) => `Les heures sont de ${a} à ${b}.`,
    days: d => `Les jours sont : ${d}.`,
    frequencyOf: (purpose, f) => purpose === 'reporting' ? `Vous devez y aller ${f}.` : purpose === 'attending' ? `Vous devez y aller ${f}.` : purpose === 'testing' ? `Vous aurez un test ${f}.` : `C'est ${f}.`,
    monitoring: t => `Le bracelet contrôle ${({ curfew: 'vos heures chez vous', exclusion: 'la zone', location: 'où vous êtes', whereabouts: 'où vous êtes', alcohol: "l'alcool", attendance: 'votre présence' } as Record<string, string>)[t] ?? q(t)}.`,
    areaNamed: n => `La zone est ${q(n)}.`,
    areaRadius: (r, c) => `La zone va jusqu'à ${r} de ${q(c)}.`,
    map: m => `La carte ${q(m)} la montre.`,
    provider: p => `Elle est faite par ${q(p)}.`,
    setting: r => r ? 'Vous vivez sur place pendant ce temps.' : 'Vous ne vivez pas sur place.',
    count: (n, unit, upTo) => unit === 'sessions' ? `Il y a ${upTo ? "jusqu'à " : ''}${n} séances.` : `Vous devez y aller ${upTo ? "jusqu'à " : ''}${n} jours.`,
    contactPerson: p => `Ne contactez pas ${q(p)}.`,
    contactClass: c => `Ne contactez personne qui est ${q(c)}.`,
    destination: d => `N'allez pas à ${q(d)}.`,
    amount: (a, payee) => `Vous devez payer ${a}.${payee ? ` Payez à ${q(payee)}.` : ''}`,
    description: (kind, d) => kind === 'prohibited activity' ? `Vous ne devez pas faire ceci : ${q(d)}.` : kind === 'programme' ? `Le stage est ${q(d)}.` : `Cela veut dire : ${q(d)}.`,
    victim: 'La victime y prend part.',
    consent: (date, refused) => refused ? "Vous n'avez pas dit oui." : `Vous avez dit oui${date ? ` le ${date}` : ''}.`,
    termFor: (d, whole) => `${whole ? 'Toute la mesure' : 'Cela'} dure ${d}.`,
    termUntil: (a, b, whole) => `${whole ? 'Toute la mesure' : 'Cela'} dure ${a ? `du ${a} au ${b}` : `jusqu'au ${b}`}.`,
    termOpen: (c, whole) => `${whole ? 'Toute la mesure' : 'Cela'} dure jusqu'à ce que ${c ? q(c) : 'le juge y mette fin'}.`,
    extension: m => m ? `Le juge peut la faire durer plus, de ${m} au plus.` : 'Le juge peut la faire durer plus.',
    review: d => `Elle est revue tous les ${d}.`,
    orderMade: d => d ? `La décision date du ${d}.` : "La décision n'a pas de date.",
    orderReview: d => `Le juge la revoit tous les ${d}.`,
    early: (after, c) => `Elle peut finir plus tôt${after ? `, après ${after}` : ''}${c ? `, si ${q(c)}` : ''}.`,
    noTerm: 'La décision ne dit pas combien de temps elle dure. Demandez à votre contact.',
    contact: n => `Votre contact est ${q(n)}. Il suit votre mesure. Posez vos questions à ce service.`,
    contactCourt: n => n ? `Votre contact est ${q(n)}. Posez-lui vos questions.` : 'Posez vos questions au tribunal.',
    askContact: 'Demandez à votre contact.',
    level: (level, c, auto) => `${level === 'minor' ? 'Si vous faites une petite faute' : level === 'significant' ? 'Si vous faites une faute grave' : 'Si vous faites une faute'}, cela peut donner ${c}.${auto ? ' Cela se fait tout de suite.' : ''}`,
    consequence: (kind, within) => {
        const k = ({
            warning: 'un avertissement', 'formal warning': 'un avertissement écrit', 'referral to the deciding authority': 'un retour devant le juge',
            revocation: 'la fin de la mesure et une autre peine', modification: 'des changements de la mesure', 'additional requirements': "d'autres choses à faire",
            'additional requirement': 'une autre chose à faire', imprisonment: 'la prison', fine: 'une amende', 'recall to prison': 'un retour en prison',
            'written report': 'un rapport écrit au juge', report: 'un rapport au juge'
        } as Record<string, string>)[kind ?? ''] ?? kind ?? '';
        return `${k}${within ? ` dans les ${within}` : ''}`;
    },
    quoted: t => q(t),
    heard: 'Vous pouvez parler avant.',
    or: 'ou',
    hearing: a => `Avant une décision, vous êtes entendu${a ? ` par ${q(a)}` : ''}.`,
    lawyer: 'Un avocat peut vous aider.',
    documents: 'Vous pouvez voir le dossier.',
    credit: none => none ? 'Le temps déjà fait ne compte pas.' : 'Le temps déjà fait compte.',
    options: l => `Le juge peut choisir ${l}.`,
    step: s => `Ensuite : ${s}.`,
    noBreach: 'La décision ne le dit pas. Demandez à votre contact.',
    appeal: (b, l) => `Vous pouvez faire appel devant ${q(b)}.${l ? ` Vous avez ${l} pour le faire.` : ''}`,
    noAppeal: "La décision ne dit pas comment faire appel. Demandez à votre contact ou à un avocat.",
    complain: b => `Vous pouvez vous plaindre à ${q(b)}.`,
    noComplaint: 'La décision ne dit pas où vous plaindre. Demandez à votre contact.'
};

const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_UNITS: Record<Unit, [string, string]> = { day: ['Tag', 'Tage'], 'working day': ['Werktag', 'Werktage'], week: ['Woche', 'Wochen'], month: ['Monat', 'Monate'], year: ['Jahr', 'Jahre'] };
/** After "innerhalb von", "nach", "bis zu" (dative plural: "Monaten", "Tagen"). */
const DE_DATIVE: Record<Unit, [string, string]> = { day: ['Tag', 'Tagen'], 'working day': ['Werktag', 'Werktagen'], week: ['Woche', 'Wochen'], month: ['Monat', 'Monaten'], year: ['Jahr', 'Jahren'] };
const DE_PER: Record<Unit, string> = { day: 'am Tag', 'working day': 'am Werktag', week: 'in der Woche', month: 'im Monat', year: 'im Jahr' };

const DE: Words = {
    title: name => name ? `Ihre Auflagen: was sie für Sie heißen, ${name}` : 'Ihre Auflagen: was sie für Sie heißen',
    caseLine: (ref, court, date) => `Akte ${ref}.${court ? ` Die Entscheidung kommt von ${court}` : ' Die Entscheidung wurde getroffen'}${date ? `, am ${date}` : ''}.`,
    headings: { do: 'Was Sie tun müssen', when: 'Wann', contact: 'Wen Sie fragen', breach: 'Wenn Sie sich nicht daran halten', appeal: 'Wie Sie sich wehren', complain: 'Wie Sie sich beschweren' },
    unit: (unit, n) => `${n} ${DE_UNITS[unit][n === 1 ? 0 : 1]}`,
    date: (y, m, d) => `${d}. ${DE_MONTHS[m - 1]} ${y}`,
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    everyDay: 'jeden Tag',
    frequency: f => {
        if (f.named) return ({ daily: 'jeden Tag', weekly: 'jede Woche', fortnightly: 'alle 2 Wochen', monthly: 'jeden Monat' } as Record<string, string>)[f.named] ?? f.named;
        if (f.times === 1) return `einmal ${DE_PER[f.per]}`;
        if (f.times === 2) return `zweimal ${DE_PER[f.per]}`;
        if (f.times) return `${f.times} Mal ${DE_PER[f.per]}`;
        if (f.every) return `alle ${f.every} ${DE_UNITS[f.per][1]}`;
        return ({ day: 'jeden Tag', 'working day': 'jeden Werktag', week: 'jede Woche', month: 'jeden Monat', year: 'jedes Jahr' } as Record<Unit, string>)[f.per];
    },
    kind: {
        'unpaid work': 'Sie müssen Arbeit ohne Lohn leisten.',
        supervision: 'Sie müssen sich bei Ihrer Bewährungshilfe melden.',
        curfew: 'Sie müssen zu festen Zeiten zu Hause sein.',
        'electronic monitoring': 'Sie müssen eine Fußfessel tragen.',
        exclusion: 'Sie dürfen ein Gebiet nicht betreten.',
        residence: 'Sie müssen an einer festen Adresse wohnen.',
        programme: 'Sie müssen an einem Kurs teilnehmen.',
        'rehabilitation activity': 'Sie müssen an Hilfen teilnehmen.',
        'drug treatment': 'Sie müssen eine Therapie gegen Drogen machen.',
        'alcohol treatment': 'Sie müssen eine Therapie gegen Alkohol machen.',
        'mental health treatment': 'Sie müssen eine Therapie für Ihre Seele machen.',
        'alcohol abstinence monitoring': 'Sie dürfen keinen Alkohol trinken. Ein Gerät prüft das.',
        'prohibited activity': 'Sie dürfen eine Sache nicht tun.',
        'no contact': 'Sie dürfen eine Person oder Gruppe nicht kontaktieren.',
        'foreign travel prohibition': 'Sie dürfen nicht ins Ausland reisen.',
        reparation: 'Sie müssen den Schaden gut machen.',
        compensation: 'Sie müssen Geld für den Schaden zahlen.',
        mediation: 'Sie müssen das Opfer mit einem Vermittler treffen.'
    },
    condition: t => `Sie müssen auch dies tun: ${q(t)}.`,
    hours: n => `Sie müssen ${n} Stunden arbeiten.`,
    completion: d => `Sie haben dafür ${d} Zeit.`,
    place: p => `Der Ort ist ${q(p)}.`,
    dailyHours: (a, b) => `Die Zeit ist von ${a} bis ${b} Uhr.`,
    days: d => `Die Tage sind: ${d}.`,
    frequencyOf: (purpose, f) => purpose === 'testing' ? `Sie machen ${f} einen Test.` : purpose ? `Sie müssen ${f} hingehen.` : `Das ist ${f}.`,
    monitoring: t => `Die Fußfessel prüft ${({ curfew: 'Ihre Zeiten zu Hause', exclusion: 'das Gebiet', location: 'wo Sie sind', whereabouts: 'wo Sie sind', alcohol: 'den Alkohol', attendance: 'ob Sie da sind' } as Record<string, string>)[t] ?? q(t)}.`,
    areaNamed: n => `Das Gebiet ist ${q(n)}.`,
    areaRadius: (r, c) => `Das Gebiet reicht ${r} um ${q(c)}.`,
    map: m => `Die Karte ${q(m)} zeigt es.`,
    provider: p => `Das macht ${q(p)}.`,
    setting: r => r ? 'Sie wohnen dort in der Zeit.' : 'Sie wohnen nicht dort.',
    count: (n, unit, upTo) => unit === 'sessions' ? `Es gibt ${upTo ? 'bis zu ' : ''}${n} Termine.` : `Sie müssen an ${upTo ? 'bis zu ' : ''}${n} Tagen hingehen.`,
    contactPerson: p => `Melden Sie sich nicht bei ${q(p)}.`,
    contactClass: c => `Melden Sie sich bei keiner Person, die ${q(c)} ist.`,
    destination: d => `Reisen Sie nicht nach ${q(d)}.`,
    amount: (a, payee) => `Sie müssen ${a} zahlen.${payee ? ` Zahlen Sie an ${q(payee)}.` : ''}`,
    description: (kind, d) => kind === 'prohibited activity' ? `Sie dürfen das nicht tun: ${q(d)}.` : kind === 'programme' ? `Der Kurs heißt ${q(d)}.` : `Das heißt: ${q(d)}.`,
    victim: 'Das Opfer nimmt teil.',
    consent: (date, refused) => refused ? 'Sie haben nicht zugestimmt.' : `Sie haben zugestimmt${date ? `, am ${date}` : ''}.`,
    termFor: (d, whole) => `${whole ? 'Alles zusammen' : 'Das'} dauert ${d}.`,
    termUntil: (a, b, whole) => `${whole ? 'Alles zusammen' : 'Das'} gilt ${a ? `vom ${a} ` : ''}bis zum ${b}.`,
    termOpen: (c, whole) => `${whole ? 'Alles zusammen' : 'Das'} gilt, bis ${c ? q(c) : 'das Gericht es beendet'}.`,
    extension: m => m ? `Das Gericht kann es um bis zu ${m} verlängern.` : 'Das Gericht kann es verlängern.',
    review: d => `Es wird alle ${d} geprüft.`,
    orderMade: d => d ? `Die Entscheidung ist vom ${d}.` : 'Die Entscheidung hat kein Datum.',
    orderReview: d => `Das Gericht prüft es alle ${d}.`,
    early: (after, c) => `Es kann früher enden${after ? `, nach ${after}` : ''}${c ? `, wenn ${q(c)}` : ''}.`,
    noTerm: 'Die Entscheidung sagt nicht, wie lange es dauert. Fragen Sie nach.',
    contact: n => `Ihre Stelle ist ${q(n)}. Sie betreut Sie. Fragen Sie dort, wenn etwas nicht klar ist.`,
    contactCourt: n => n ? `Fragen Sie bei ${q(n)}, wenn etwas nicht klar ist.` : 'Fragen Sie beim Gericht, wenn etwas nicht klar ist.',
    askContact: 'Fragen Sie Ihre Stelle.',
    level: (level, c, auto) => `${level === 'minor' ? 'Ein kleiner Verstoß' : level === 'significant' ? 'Ein schwerer Verstoß' : 'Ein Verstoß'} kann zu dieser Folge führen: ${c}.${auto ? ' Das geschieht sofort.' : ''}`,
    consequence: (kind, within) => {
        const k = ({
            warning: 'eine Warnung', 'formal warning': 'eine förmliche Warnung', 'referral to the deciding authority': 'Ihr Fall geht zurück ans Gericht',
            revocation: 'die Auflage endet und Sie bekommen eine neue Strafe', modification: 'die Auflagen werden geändert', 'additional requirements': 'Sie bekommen mehr Auflagen',
            'additional requirement': 'Sie bekommen eine Auflage mehr', imprisonment: 'Haft', fine: 'eine Geldstrafe', 'recall to prison': 'Sie müssen zurück in Haft',
            'written report': 'ein schriftlicher Bericht an das Gericht', report: 'ein Bericht an das Gericht'
        } as Record<string, string>)[kind ?? ''] ?? kind ?? '';
        return `${k}${within ? ` innerhalb von ${within}` : ''}`;
    },
    quoted: t => q(t),
    heard: 'Sie dürfen vorher etwas dazu sagen.',
    or: 'oder',
    hearing: a => `Vor einer Entscheidung werden Sie angehört${a ? `, bei ${q(a)}` : ''}.`,
    lawyer: 'Ein Anwalt kann Ihnen helfen.',
    documents: 'Sie dürfen die Akte lesen.',
    credit: none => none ? 'Die Zeit, die Sie schon erfüllt haben, zählt nicht.' : 'Die Zeit, die Sie schon erfüllt haben, zählt.',
    options: l => `Das Gericht kann das wählen: ${l}.`,
    step: s => `Dann: ${s}.`,
    noBreach: 'Die Entscheidung sagt es nicht. Fragen Sie Ihre Stelle.',
    appeal: (b, l) => `Sie können sich bei ${q(b)} wehren.${l ? ` Sie haben dafür ${l} Zeit.` : ''}`,
    noAppeal: 'Die Entscheidung sagt nicht, wie Sie sich wehren. Fragen Sie Ihre Stelle oder einen Anwalt.',
    complain: b => `Sie können sich bei ${q(b)} beschweren.`,
    noComplaint: 'Die Entscheidung sagt nicht, wo Sie sich beschweren. Fragen Sie Ihre Stelle.'
};

export const WORDS: Readonly<Record<NoticeLang, Words>> = { en: EN, fr: FR, de: DE };

// ---------------------------------------------------------------------------------------------
// From the model to sentences
// ---------------------------------------------------------------------------------------------

function unitOf(unit: string | undefined): Unit {
    const u = (unit ?? 'day').replace(/s$/, '');
    return (['day', 'working day', 'week', 'month', 'year'] as const).find(x => x === u) ?? 'day';
}

/** A duration in words: "12 months", "12 mois", "12 Monate" (German after a preposition takes the dative: "12 Monaten"). */
function duration(w: Words, d: DurationLiteral | undefined, dative = false): string | undefined {
    if (!d) return undefined;
    const unit = unitOf(d.unit);
    if (dative && w === DE) return `${d.value} ${DE_DATIVE[unit][d.value === 1 ? 0 : 1]}`;
    return w.unit(unit, d.value);
}

/** A calendar date in words ("1 August 2026"); a date that is not a real one stays as written. */
export function noticeDate(lang: NoticeLang, iso: string | undefined): string | undefined {
    if (iso === undefined) return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || parseIsoDate(iso) === undefined) return iso;
    return WORDS[lang].date(Number(m[1]), Number(m[2]), Number(m[3]));
}

function frequencyText(w: Words, f: FrequencyLiteral | undefined): string | undefined {
    if (!f) return undefined;
    return w.frequency({ named: f.named, times: f.once ? 1 : f.twice ? 2 : f.times, every: f.every, per: unitOf(f.per) });
}

const DAY_INDEX: Record<string, number> = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };

function daysText(w: Words, days: DaySpec): string {
    const day = (name: string) => w.weekdays[DAY_INDEX[name.toLowerCase()] ?? 0];
    const to = w === EN ? 'to' : w === FR ? 'à' : 'bis';
    const and = w === EN ? 'and' : w === FR ? 'et' : 'und';
    if (days.every) return w.everyDay;
    if (days.weekdays) return `${w.weekdays[0]} ${to} ${w.weekdays[4]}`;
    if (days.weekends) return `${w.weekdays[5]} ${and} ${w.weekdays[6]}`;
    return days.ranges.map(r => r.to ? `${day(r.from)} ${to} ${day(r.to)}` : day(r.from)).join(', ');
}

function termText(w: Words, lang: NoticeLang, t: Term | undefined, bindings: MeasureView['bindings'], whole = false): string | undefined {
    if (!t) return undefined;
    switch (t.$type) {
        case 'FixedTerm': { const d = duration(w, resolveValue(t.length as DurationLiteral, bindings)); return d ? w.termFor(d, whole) : undefined; }
        case 'DateRangeTerm': {
            const { start, end } = rangeDates(t, bindings);
            return end === undefined ? undefined : w.termUntil(noticeDate(lang, start), noticeDate(lang, end)!, whole);
        }
        default: return w.termOpen(t.indefinitely || t.furtherOrder ? undefined : t.condition, whole);
    }
}

function textValue(measure: MeasureView, value: unknown): string | undefined {
    const v = resolveValue(value as Value | undefined, measure.bindings);
    return v === undefined ? undefined : String((v as { value: unknown }).value);
}

/** The sentences of one requirement (or free-text condition): what to do, then each figure. */
export function requirementSentences(measure: MeasureView, lang: NoticeLang): string[] {
    const w = WORDS[lang];
    const node = measure.node;
    const kind = node.$type === 'Requirement' ? node.kind : undefined;
    const out: string[] = [];
    if (node.$type === 'Requirement') {
        out.push(w.kind[node.kind] ?? `${node.kind}.`);
    } else {
        out.push(w.condition(textValue(measure, node.text) ?? ''));
    }
    const value = <T extends Value>(slot: unknown) => resolveValue(slot as T | undefined, measure.bindings);
    const unstated = '?';
    for (const p of node.params) {
        switch (p.$type) {
            case 'HoursParameter': out.push(w.hours(textValue(measure, p.hours) ?? unstated)); break;
            case 'CompletionParameter': out.push(w.completion(duration(w, value<DurationLiteral>(p.period)) ?? unstated)); break;
            case 'PlaceParameter': out.push(w.place(textValue(measure, p.place) ?? unstated)); break;
            case 'DailyHoursParameter': out.push(w.dailyHours(textValue(measure, p.start) ?? unstated, textValue(measure, p.end) ?? unstated)); break;
            case 'DaysParameter': out.push(w.days(daysText(w, p.days))); break;
            case 'FrequencyParameter': out.push(w.frequencyOf(p.purpose, frequencyText(w, value<FrequencyLiteral>(p.frequency)) ?? unstated)); break;
            case 'MonitoringParameter': out.push(w.monitoring(p.target)); break;
            case 'AreaParameter':
                out.push(p.radius !== undefined ? w.areaRadius(`${p.radius} ${localUnit(lang, p.unit)}`, textValue(measure, p.centre) ?? unstated) : w.areaNamed(textValue(measure, p.name) ?? unstated));
                if (p.map) out.push(w.map(p.map));
                break;
            case 'ProviderParameter': out.push(w.provider(textValue(measure, p.provider) ?? unstated)); break;
            case 'SettingParameter': out.push(w.setting(p.setting === 'residential')); break;
            case 'CountParameter': out.push(w.count(textValue(measure, p.count) ?? unstated, p.unit.startsWith('session') ? 'sessions' : 'days', p.upTo)); break;
            case 'ContactParameter': out.push(p.person ? w.contactPerson(textValue(measure, p.person) ?? unstated) : w.contactClass(p.class ?? unstated)); break;
            case 'DestinationParameter': out.push(w.destination(p.destination)); break;
            case 'AmountParameter': out.push(w.amount(`${p.amount} ${p.currency}`, p.payee)); break;
            case 'DescriptionParameter': out.push(w.description(kind, p.description)); break;
            case 'VictimParameter': out.push(w.victim); break;
            case 'Consent': out.push(w.consent(noticeDate(lang, p.date), p.refused)); break;
            case 'TermParameter': { const t = termText(w, lang, p.term, measure.bindings); if (t) out.push(t); break; }
            case 'ExtensionParameter': out.push(w.extension(duration(w, value<DurationLiteral>(p.extension.maximum), true))); break;
            case 'ReviewParameter': out.push(w.review(duration(w, value<DurationLiteral>(p.review.interval)) ?? unstated)); break;
        }
    }
    return out;
}

function localUnit(lang: NoticeLang, unit: string | undefined): string {
    const u = unit ?? 'metres';
    if (lang === 'en') return u;
    if (lang === 'fr') return ({ metres: 'mètres', kilometres: 'kilomètres', miles: 'miles' } as Record<string, string>)[u] ?? u;
    return ({ metres: 'Meter', kilometres: 'Kilometer', miles: 'Meilen' } as Record<string, string>)[u] ?? u;
}

function consequenceText(w: Words, c: Consequence): string {
    if (c.text !== undefined && c.kind === undefined) return w.quoted(c.text);
    const within = duration(w, c.within ? resolveValue(c.within as DurationLiteral) : undefined, true);
    return w.consequence(c.kind, within);
}

function list(w: Words, items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${w.or} ${items[items.length - 1]}`;
}

function breachSentences(w: Words, breach: Breach | undefined): string[] {
    if (!breach || breach.items.length === 0) return [w.noBreach];
    const out: string[] = [];
    for (const item of breach.items) {
        switch (item.$type) {
            case 'BreachRule':
                out.push(w.level(item.level, list(w, item.consequences.map(c => consequenceText(w, c))), item.automatic));
                if (item.consequences.some(c => c.heard)) out.push(w.heard);
                break;
            case 'BreachHearing':
                out.push(w.hearing(item.authority));
                if (item.legalAssistance) out.push(w.lawyer);
                if (item.documents) out.push(w.documents);
                break;
            case 'ComplianceCredit': out.push(w.credit(item.none)); break;
            case 'BreachOptions':
                out.push(w.options(list(w, item.options.map(c => consequenceText(w, c)))));
                if (item.heard) out.push(w.heard);
                break;
            case 'BreachStep':
                out.push(w.step(consequenceText(w, item.step)));
                if (item.step.heard) out.push(w.heard);
                break;
            default: out.push(`${w.quoted(item.text.replace(/[.!?]+$/, ''))}.`);
        }
    }
    return out;
}

/** The notice's text without its readability line: a title, then sections of short sentences, one per line. */
function noticeBody(order: Order, w: Words): string {
    const lang = (Object.keys(WORDS) as NoticeLang[]).find(l => WORDS[l] === w)!;
    const person: Person | undefined = clauseOf(order, isPerson);
    const court = clauseOf(order, isDecidingAuthority)?.name;
    const made = clauseOf(order, isMadeOn)?.date;
    const implementing = clauseOf(order, isImplementingAuthority)?.name;
    const orderTerm: OrderTerm | undefined = clauseOf(order, isOrderTerm);
    const early: EarlyTermination | undefined = clauseOf(order, isEarlyTermination);
    const rights: Rights | undefined = clauseOf(order, isRights);
    const appeals = (rights?.items ?? []).filter((i): i is AppealRight => i.$type === 'AppealRight');
    const complaints = (rights?.items ?? []).filter((i): i is ComplaintRoute => i.$type === 'ComplaintRoute');

    const lines: string[] = [w.title(person?.name), w.caseLine(order.caseReference, court, noticeDate(lang, made)), ''];
    const section = (title: string, sentences: readonly string[]) => lines.push(title, ...sentences, '');

    const measures = measuresOf(order);
    lines.push(w.headings.do);
    measures.forEach((measure, i) => {
        lines.push(`${i + 1}. ${requirementSentences(measure, lang).join(' ')}`);
    });
    lines.push('');

    const when: string[] = [w.orderMade(noticeDate(lang, made))];
    const whole = orderTerm ? termText(w, lang, orderTerm.term, new Map(), true) : undefined;
    when.push(whole ?? w.noTerm);
    if (orderTerm?.extension) when.push(w.extension(duration(w, resolveValue(orderTerm.extension.maximum as DurationLiteral), true)));
    if (orderTerm?.review) {
        const d = duration(w, resolveValue(orderTerm.review.interval as DurationLiteral));
        if (d) when.push(w.orderReview(d));
    }
    if (early) when.push(w.early(duration(w, resolveValue(early.after as DurationLiteral), true), early.condition));
    section(w.headings.when, when);

    section(w.headings.contact, [implementing ? w.contact(implementing) : w.contactCourt(court)]);
    section(w.headings.breach, breachSentences(w, clauseOf(order, isBreach)));
    section(w.headings.appeal, appeals.length ? appeals.map(a => w.appeal(a.body, duration(w, a.limit ? resolveValue(a.limit as DurationLiteral) : undefined))) : [w.noAppeal]);
    section(w.headings.complain, complaints.length ? complaints.map(c => w.complain(c.body)) : [w.noComplaint]);
    while (lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n') + '\n';
}
