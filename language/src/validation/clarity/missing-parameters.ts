/**
 * missing-parameters: a duty written as free text (a frame of vocabulary/frames.json: reporting,
 * curfew, unpaid work, treatment, a programme, …) that does not state the slots its requirement
 * kind needs: how often, which hours, how many hours, by when, where, with whom. A slot counts as
 * stated when parameters next to the text give it, when the text states it (`slotState`), or when
 * another check's finding in the same sentence already says what is open (`STANDS_FOR`). Runs
 * last, on a free-text condition only: it reads the other checks' findings.
 */

import type { MessageData } from '../../core/check.js';
import { kindById, SLOT_SYNTAX, type ParameterSlot } from '../../model/requirement-kinds.js';
import { addresses, clockTimes, names, namesSomething, negatedSpans, overlaps, statesDailyHours, within } from '../text/features.js';
import type { TextLanguage } from '../text/language.js';
import type { PhraseMatch, Span } from '../text/phrase.js';
import { FRAMES } from '../text/vocabulary.js';
import { joinList } from '../wording.js';
import type { TextFix } from './types.js';
import { add, has, insideTermOfArt, inSentence, wordsIn, type Context } from './reading.js';

/** Families whose finding already says what a free-text duty leaves open, by slot. */
const STANDS_FOR: Record<string, readonly string[] | 'all'> = {
    delegation: 'all',
    escape: 'all',
    placeholder: 'all',
    'open-frequency': ['frequency', 'count'],
    'open-time': ['dailyHours'],
    'open-extent': ['place', 'area'],
    speculative: [],
    evaluative: [],
    objects: []
};

/** Text examples of slots for messages, and the text a fix appends (when one can be guessed). */
const TEXT_SLOTS: Record<string, { label: string; example: string; append?: Record<TextLanguage, string> }> = {
    dailyHours: { label: SLOT_SYNTAX.dailyHours.label, example: 'from 19:00 to 07:00', append: { en: ', from 19:00 to 07:00', fr: ', de 19h00 à 07h00', de: ', von 19:00 bis 07:00 Uhr' } },
    frequency: { label: SLOT_SYNTAX.frequency.label, example: 'once a week', append: { en: ', once a week', fr: ', une fois par semaine', de: ', einmal pro Woche' } },
    hours: { label: SLOT_SYNTAX.hours.label, example: '120 hours', append: { en: ', 120 hours in total', fr: ', pour un total de 120 heures', de: ', im Umfang von 120 Stunden' } },
    completion: { label: SLOT_SYNTAX.completion.label, example: 'to be completed within 12 months', append: { en: ', to be completed within 12 months', fr: ', à accomplir dans un délai de 12 mois', de: ', innerhalb von 12 Monaten' } },
    count: { label: SLOT_SYNTAX.count.label, example: '20 sessions', append: { en: ', 20 sessions in total', fr: ', 20 séances au total', de: ', insgesamt 20 Sitzungen' } },
    place: { label: SLOT_SYNTAX.place.label, example: 'at 12 Acacia Road, Exeter EX1 1AA' },
    provider: { label: SLOT_SYNTAX.provider.label, example: 'at Exeter Drug and Alcohol Service' },
    description: { label: 'named programme or provider', example: 'the Thinking Skills Programme at the probation office' },
    monitoring: { label: SLOT_SYNTAX.monitoring.label, example: 'to check the curfew' },
    amount: { label: SLOT_SYNTAX.amount.label, example: '250 EUR' },
    area: { label: SLOT_SYNTAX.area.label, example: 'the area shown on the attached map' },
    contact: { label: SLOT_SYNTAX.contact.label, example: 'Jane Doe' },
    placeOrMode: { label: 'place or means of reporting', example: 'in person at the probation office, 3 Barnfield Road', append: { en: ', in person at the probation office', fr: ', en personne au service de probation', de: ', persönlich bei der Bewährungshilfe' } }
};

// ---------------------------------------------------------------------------------------------
// missing-parameters: duties written as free text
// ---------------------------------------------------------------------------------------------

function duties(context: Context, present: ReadonlySet<string>): void {
    const { text, v, language } = context;
    for (const [frameId, frame] of Object.entries(FRAMES)) {
        const kind = kindById(frame.kind);
        if (!kind) {
            continue;
        }
        const trigger = v.get('frames', frameId).find(text).find(match => {
            const sentence = inSentence(context, match);
            return !within(match, negatedSpans(text, language, sentence)) && !insideTermOfArt(context, match);
        });
        if (!trigger) {
            continue;
        }
        const sentence = inSentence(context, trigger);
        if (frameId === 'reporting' && has(context, 'slots', 'one-off', sentence)) {
            continue;
        }
        const covered = new Set<string>();
        for (const issue of context.issues) {
            const stands = STANDS_FOR[issue.family];
            if (stands && overlaps(inSentence(context, issue), sentence)) {
                (stands === 'all' ? Object.keys(TEXT_SLOTS) : stands).forEach(slot => covered.add(slot));
            }
        }
        const wanted = [...kind.required, ...(frame.also ?? [])].filter(slot => slot !== 'description' || frameId === 'programme');
        const missing: string[] = [];
        let band: PhraseMatch | undefined;
        for (const slot of wanted) {
            if (present.has(slot) || covered.has(slot)) {
                continue;
            }
            const state = slotState(context, slot);
            if (state === 'band') {
                band = v.get('slots', 'hours-band').find(text)[0];
                missing.push(slot);
            } else if (state === 'absent') {
                missing.push(slot);
            }
        }
        // "Attend counselling sessions at the Harbour Clinic": a treatment or programme counted in
        // sessions or appointments must say how many or how often.
        if ((frameId === 'treatment' || frameId === 'programme') && !missing.includes('count') && !present.has('count') && !covered.has('count')
            && slotState(context, 'count') === 'absent') {
            // "zehn Therapiesitzungen", "10 sessions": a number before the noun is the count.
            const numbers = v.pattern('<num>').findAll(text, sentence);
            const uncounted = v.get('slots', 'occurrence').findAll(text, sentence)
                .filter(o => !numbers.some(n => n.end <= o.start && wordsIn(text.slice(n.end, o.start)).length <= 1));
            if (uncounted.length > 0) {
                missing.push('count');
            }
        }
        if (missing.length === 0) {
            continue;
        }
        const info = (slot: string) => TEXT_SLOTS[slot] ?? { label: SLOT_SYNTAX[slot as ParameterSlot]?.label ?? slot, example: SLOT_SYNTAX[slot as ParameterSlot]?.example ?? '' };
        // A range of hours where the number to do belongs ("between 101 and 300 hours"); with other
        // slots missing too (no frame has that today), the hours are listed with them.
        const range = !!band && missing.length === 1 && missing[0] === 'hours';
        const messageId = range ? 'hoursRange' : 'duty';
        const data: MessageData = range
            ? { duty: frame.label, band: text.slice(band!.start, band!.end), example: info('hours').example }
            : { duty: frame.label, missing: joinList(missing.map(slot => `no ${info(slot).label}`)), example: missing.map(slot => info(slot).example).join(', ') };
        const appendable = missing.filter(slot => TEXT_SLOTS[slot]?.append && !(slot === 'hours' && band));
        let fix: TextFix | undefined;
        if (appendable.length === missing.length) {
            const at = endOfSentence(text, sentence);
            fix = {
                title: `Add the missing ${joinList(appendable.map(slot => TEXT_SLOTS[slot].label))} (edit the example)`,
                edits: [{ start: at, end: at, newText: appendable.map(slot => TEXT_SLOTS[slot].append![language]).join('') }]
            };
        }
        add(context, { check: 'missing-parameters', family: frameId, start: trigger.start, end: trigger.end, messageId, data, slots: missing, fix });
    }
}

/** Where to append to a sentence: before its final full stop, if it has one. */
function endOfSentence(text: string, sentence: Span): number {
    let end = sentence.end;
    while (end > sentence.start && /\s/.test(text.charAt(end - 1))) {
        end--;
    }
    return /[.;!?]/.test(text.charAt(end - 1)) ? end - 1 : end;
}

/** A calendar date: "3 March 2027", "2027-03-03". */
function statesDate(text: string): boolean {
    return /\d{1,2}\.?\s*\p{L}+\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b/u.test(text);
}

/** Whether the text states a slot of a requirement kind. */
function slotState(context: Context, slot: string): 'present' | 'absent' | 'band' {
    const { text, v, language } = context;
    const named = () => namesSomething(text, language);
    const yes = (value: boolean) => (value ? 'present' : 'absent');
    switch (slot) {
        case 'place':
            return yes(addresses(text, language).length > 0 || names(text, language).length > 0 || v.get('slots', 'home-place').test(text));
        case 'dailyHours':
            return yes(statesDailyHours(text, language));
        case 'frequency':
            return yes(v.get('lexicon', 'frequency').test(text) || clockTimes(text, language).length > 0 && statesDate(text));
        case 'hours': {
            const bands = v.get('slots', 'hours-band').findAll(text);
            const exact = v.get('slots', 'hours').find(text).filter(match => !bands.some(b => overlaps(b, match)) && !clockTimes(text, language).some(c => overlaps(c, match)));
            return exact.length > 0 ? 'present' : bands.length > 0 ? 'band' : 'absent';
        }
        case 'completion':
            // A period or a deadline, or a rate of work (which fixes the end as well).
            return yes(v.get('lexicon', 'period').test(text) || v.get('lexicon', 'frequency').test(text) || statesDate(text));
        case 'count':
            return yes(v.get('lexicon', 'quantity').test(text) || v.get('lexicon', 'period').test(text) || v.get('lexicon', 'frequency').test(text));
        case 'description':
        case 'provider':
            return yes(named());
        case 'monitoring':
            return yes(v.get('slots', 'monitoring-purpose').test(text) || statesDailyHours(text, language));
        case 'amount':
            return yes(v.get('slots', 'amount').test(text));
        case 'placeOrMode':
            return yes(v.get('slots', 'mode').test(text) || v.get('slots', 'report-place').test(text) || named());
        case 'area':
        case 'contact':
            // A category of places or people is judged by undefined-place-or-person.
            return 'present';
        default:
            return 'present';
    }
}

/** The findings of missing-parameters, after every other check's (it reads theirs). */
export function readMissingParameters(context: Context, present: ReadonlySet<string>): void {
    duties(context, present);
}
