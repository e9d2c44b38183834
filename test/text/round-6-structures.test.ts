import { describe } from 'vitest';
import { delegation, run } from './structure-cases.js';

/**
 * Issue 10, round 6 (recall): the person's own measure of a duty, exceptions the person judges
 * (structure 5, whose conduct a standard governs) and endings a third party decides later
 * (structure 3), in English, French and German. Written in the styles of probe-conditions-13.tsv,
 * not from its rows. Every case fails without its mechanism (the `own-measure`, `open-exception`,
 * `third-party-end` and `whole-field` lists, `forStatedPurpose` and `bansWholeField` in
 * the clarity analyser, clarity/) except those marked `guard`.
 * Hours of unpaid work with no period are in families.test.ts (family unpaid-work).
 */
const vague = (messageId: string, phrase: string) => ({ check: 'vague-term', family: 'conditional', messageId, phrase });

describe('a duty measured by what the person can manage', () => {
    run([
        { language: 'en', text: 'Keep away from alcohol to the best of your ability.', finds: vague('ownMeasure', 'to the best of your ability') },
        { language: 'en', text: 'Repay the £400 taken according to your means.', finds: vague('ownMeasure', 'according to your means') },
        { language: 'fr', text: 'Indemniser la victime selon ses moyens.', finds: vague('ownMeasure', 'selon ses moyens') },
        { language: 'fr', text: 'Éviter autant que possible les débits de boissons du centre-ville de Namur.', finds: vague('ownMeasure', 'autant que possible') },
        { language: 'de', text: 'Er hat den Schaden nach besten Kräften wiedergutzumachen.', finds: vague('ownMeasure', 'nach besten Kräften') },
        { language: 'de', text: 'Sie hat auf Cannabis weitestgehend zu verzichten.', finds: vague('ownMeasure', 'weitestgehend') },
        // A settled term that narrows the person's liability stays a term of art.
        { language: 'en', text: 'Do not, without reasonable excuse, contact Sarah Mills.', passes: true, guard: true }
    ]);
});

describe('an exception whose only condition is a need or an occasion the person judges', () => {
    run([
        { language: 'en', text: 'Do not go to Leeds city centre unless strictly necessary.', finds: vague('openTrigger', 'unless strictly necessary') },
        { language: 'en', text: 'Do not phone Ms Kerry Ross except when it is needed.', finds: vague('openTrigger', 'except when it is needed') },
        { language: 'en', text: 'Do not drink alcohol, other than at exceptional events.', finds: vague('openTrigger', 'other than at exceptional events') },
        { language: 'fr', text: 'Ne pas rencontrer M. Luc Favre, sauf nécessité.', finds: vague('openTrigger', 'sauf nécessité') },
        { language: 'fr', text: 'Ne pas consommer d\'alcool, sauf occasions particulières.', finds: vague('openTrigger', 'sauf occasions particulières') },
        { language: 'de', text: 'Er darf Frau Eva Brandt nicht anrufen, es sei denn, es ist unumgänglich.', finds: vague('openTrigger', 'es sei denn, es ist unumgänglich') },
        { language: 'de', text: 'Sie darf keinen Alkohol trinken, außer bei besonderen Anlässen.', finds: vague('openTrigger', 'außer bei besonderen Anlässen') },
        // The purpose the exception serves names what it allows (the German case was a finding before:
        // the trigger inside the exception).
        { language: 'en', text: 'Do not contact Ms Nadia Roy unless it is necessary to attend a court hearing.', passes: true, guard: true },
        { language: 'fr', text: 'Ne pas rencontrer M. Luc Favre, sauf nécessité pour comparaître devant le tribunal.', passes: true, guard: true },
        { language: 'de', text: 'Er darf Frau Eva Brandt nicht treffen, außer wenn es notwendig ist, um an einer Gerichtsverhandlung teilzunehmen.', passes: true },
        // "to do so" names nothing new: the need is still the person's to judge.
        { language: 'en', text: 'Do not leave Ireland unless there is a genuine need to do so.', finds: vague('openTrigger', 'unless there is a genuine need') }
    ]);
});

describe('an ending that turns on someone else\'s later judgement', () => {
    run([
        { language: 'en', text: 'Live at the Oak Lodge hostel, 4 Mill Lane, Leeds, until the probation service tells you that you may leave.', finds: delegation('until the probation service tells') },
        { language: 'en', text: 'Live at the Oak Lodge hostel, 4 Mill Lane, Leeds, until you are assessed as ready to move on.', finds: delegation('until you are assessed') },
        { language: 'fr', text: 'Résider au foyer Les Tilleuls, rue Haute 3, Liège, jusqu\'à ce que le service de probation décide d\'y mettre fin.', finds: delegation('que le service de probation décide'), guard: true },
        { language: 'fr', text: 'Résider au foyer Les Tilleuls, rue Haute 3, Liège, jusqu\'à ce que le risque soit jugé faible.', finds: delegation('jusqu\'à ce que le risque soit jugé') },
        { language: 'de', text: 'Er hat im Wohnheim Lindenhof, Hauptstraße 5, 34117 Kassel, zu wohnen, bis die Bewährungshilfe dies für entbehrlich hält.', finds: delegation('bis die Bewährungshilfe dies für entbehrlich hält') },
        // A date ends the duty; "bis" before a clock time is no ending.
        { language: 'en', text: 'Live at the Oak Lodge hostel, 4 Mill Lane, Leeds, until 30 June 2027.', passes: true, guard: true },
        { language: 'de', text: 'Er hat bis zum 30. Juni 2027 im Wohnheim Lindenhof, Hauptstraße 5, 34117 Kassel, zu wohnen.', passes: true, guard: true }
    ]);
});

describe('a ban on a whole field of ordinary life whose only exit is an approval', () => {
    run([
        { language: 'en', text: 'Do not take up any job without the approval of your supervisor.', finds: delegation('without the approval') },
        { language: 'en', text: 'Do not have overnight guests without checking with your officer.', finds: delegation('without checking with your officer') },
        { language: 'fr', text: 'Ne pas exercer d\'emploi sans l\'accord préalable de l\'agent de probation.', finds: delegation('sans l\'accord') },
        { language: 'fr', text: 'Ne pas partir en vacances sans l\'autorisation du juge de l\'application des peines.', finds: delegation('sans l\'autorisation') },
        { language: 'de', text: 'Er darf ohne Zustimmung der Bewährungshilfe keine Arbeit aufnehmen.', finds: delegation('ohne Zustimmung') },
        { language: 'de', text: 'Er darf ohne Rücksprache mit der Bewährungshelferin keine Übernachtungsgäste aufnehmen.', finds: delegation('ohne Rücksprache mit der Bewährungshelferin') },
        // Narrowed fields: the approval only relaxes a defined ban.
        { language: 'en', text: 'Do not take any job that involves driving a vehicle for payment unless your probation officer has approved it in writing.', passes: true, guard: true },
        { language: 'fr', text: 'Ne pas exercer d\'emploi qui implique le maniement de fonds sans l\'accord préalable de l\'agent de probation.', passes: true, guard: true },
        { language: 'de', text: 'Er darf ohne Zustimmung der Bewährungshilfe keine Tätigkeit mit Zugang zu Kundendaten aufnehmen.', passes: true, guard: true },
        // A ban on a defined act (leaving a country) with an approval exit is bounded.
        { language: 'en', text: 'You must not leave Ireland unless the Probation Officer has given you written permission beforehand.', passes: true, guard: true }
    ]);
});
