import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';
import { PhraseSet } from '../../language/src/validation/text/phrase.js';
import { TEXT_LANGUAGES } from '../../language/src/validation/text/language.js';
import { lexiconFor, type VocabularyFile } from '../../language/src/validation/protected/vocabulary.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "DC-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const inFrench = (text: string) => order('written in French.', `condition "${text}".`);
const inGerman = (text: string) => order('written in German.', `condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [6], covered: phrase, severity: 'error' as const, ...extra }] };
}

describeCheck('discriminatory-condition', {
    valid: [
        { name: 'an interpreter in the person\'s language', code: condition('An interpreter in the person\'s language will be provided at every appointment') },
        { name: 'adjustments for the person\'s disability', code: condition('The programme will make adjustments for the person\'s disability') },
        { name: 'a permission to attend religious services', code: condition('The person may attend religious services') },
        { name: 'respecting religious holidays', code: condition('Unpaid work must be arranged respecting the person\'s religious holidays') },
        { name: 'an exemption from church attendance', code: condition('The person is not required to attend church') },
        { name: 'a negated requirement', code: condition('Church attendance is not required') },
        { name: 'a protected practice', code: condition('The person must not be prevented from attending his mosque') },
        { name: 'work scheduled around prayers', code: condition('Unpaid work must not be scheduled at times when the person attends Friday prayers') },
        { name: 'a statement of fact about language', code: condition('The person speaks only Polish; an interpreter will be provided') },
        { name: 'an obligation on staff', code: condition('The supervisor must speak Polish with the person') },
        { name: 'a building used for something else', code: condition('The person must do unpaid work at the church hall') },
        { name: 'a trigger used to help', code: condition('Because of his disability, the person may report by telephone instead of in person') },
        { name: 'a restriction by risk on children', code: condition('The person must not have unsupervised contact with any child under 16') },
        { name: 'quoted speech', code: condition('The person must not shout \'go home foreigners\' at the neighbours') },
        { name: 'a negated trigger', code: condition('Not because of his nationality but because of the risk, the person must report weekly') },
        { name: 'regardless of religion', code: condition('The person must report weekly, regardless of religion or nationality') },
        { name: 'non-discrimination wording', code: condition('The person must not be treated differently because of his religion') },
        { name: 'a place keyed to the victim, not to religion', code: condition('The person must not attend the church where the victim worships') },
        { name: 'a trigger that meets a need', code: condition('Because he is homeless, the person must reside at the approved hostel') },
        { name: 'French: an interpreter in Arabic', code: inFrench('Un interprète en arabe sera fourni') },
        { name: 'German: a permission to visit the mosque', code: inGerman('Die Person darf die Moschee besuchen') },
        { name: 'a named person in a no-contact requirement', code: order('requirement no contact, with "Jane Doe", for 6 months.') },
        // Religious practice, political expression and assembly are freedoms (fundamental-freedoms, Rule 4), not grounds.
        { name: 'compelled church attendance is a freedom, not a ground', code: condition('The person must attend church every Sunday') },
        { name: 'a ban on political demonstrations is a freedom, not a ground', code: condition('The person must not take part in any political demonstration') },
        { name: 'a ban on political posts is a freedom, not a ground', code: condition('The person shall not post political opinions online') },
        { name: 'a religious programme is a freedom, not a ground', code: order('requirement programme, "Bible study at St Mary\'s", 10 sessions.') }
    ],
    invalid: [
        one('association with an ethnic group', condition('The person must not associate with members of the Roma community'), 'association', 'associate with members of the Roma community', 4, {
            message: '"associate with members of the Roma community" restricts contact with people by their ethnic origin; Rule 6 asks that no one be treated differently on that ground: name the people or places the risk concerns instead, e.g. `requirement no contact, with "Jane Doe", for 6 months.` (Rule 6)'
        }),
        one('a language forbidden', condition('The person must not speak Arabic in public'), 'practice', 'speak Arabic', 4, {
            message: '"speak Arabic" sets a condition on a practice that marks people out by their language; Rule 6 asks that no one be treated differently on that ground: drop it, or name the person or place the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.` (Rule 6)'
        }),
        one('nationality as the trigger (Rule 6 alone)', condition('Because he is a foreign national, the person must report daily to the police'), 'connector', 'Because he is a foreign national', 4, {
            message: '"Because he is a foreign national" makes nationality the reason for a requirement; Rule 6 asks that no condition be imposed or varied on that ground: give the risk the requirement addresses instead, e.g. `condition "Report to the probation office every Monday, to reduce the risk of further offending".` (Rule 6)'
        }),
        one('a group as the addressee', condition('Roma offenders must report twice a week'), 'addressee', 'Roma offenders', 4, {
            message: '"Roma offenders" addresses the requirement to people by their ethnic origin; Rule 6 asks that no condition be imposed on that ground: address it to the person under the order, e.g. `condition "Report to the probation office every Monday".` (Rule 6)'
        }),
        one('gender as the trigger', condition('As a woman, she must be home by 20:00'), 'connector', 'As a woman'),
        one('gay bars', condition('The person must not go to gay bars'), 'practice', 'go to gay bars'),
        one('a no-contact class defined by religion', order('requirement no contact, with any person you know to be "a Muslim", for 6 months.'), 'association', 'Muslim'),
        one('"no contact with" a nationality', condition('No contact with Albanian nationals'), 'association', 'contact with Albanian nationals'),
        one('a trigger after the restriction', condition('The person must report daily because of his religion'), 'connector', 'because of his religion'),
        one('a no-contact condition on a religious group', condition('The person must not contact any Muslims'), 'association', 'contact any Muslims'),
        one('women addressed by a restriction', condition('Women must be escorted at the placement'), 'addressee', 'Women'),
        one('French: an ethnic group', inFrench('La personne ne doit pas fréquenter les Roms'), 'association', 'fréquenter les Roms', 5),
        one('German: a language forbidden', inGerman('Die Person darf nicht Arabisch sprechen'), 'practice', 'Arabisch sprechen', 5),
        one('French: a language forbidden', inFrench('La personne ne doit pas parler arabe en public'), 'practice', 'parler arabe', 5),
        { name: 'a religious trigger and a religious practice: the trigger is this check\'s, the practice fundamental-freedoms\'s',
            code: condition('Because he is a Muslim, the person must not attend the mosque'),
            findings: [{ messageId: 'connector', range: '4:12-4:34', rules: [6], covered: 'Because he is a Muslim' }] },
        { name: 'a finding of a template in another file, on the apply clause',
            code: { main: 'order.sanction', files: {
                'lib.sanction': 'template roma():\n  condition "Do not associate with Roma".\n',
                'order.sanction': 'import "lib.sanction".\norder "DC-T".\nin force for 6 months.\napply roma.\n'
            } },
            findings: [{ messageId: 'association', range: '4:1-4:12', rules: [6] }] },
        { name: 'a finding of a template, where the template is written',
            code: { main: 'lib.sanction', files: {
                'lib.sanction': 'template roma():\n  condition "Do not associate with Roma".\n',
                'order.sanction': 'import "lib.sanction".\norder "DC-T".\nin force for 6 months.\napply roma.\n'
            } },
            findings: [{ messageId: 'association', range: '2:21-2:40', rules: [6], covered: 'associate with Roma' }] }
    ]
});

describe('family G vocabularies (language/src/validation/protected/vocabulary)', () => {
    const FILES = ['general', 'discriminatory-condition', 'fundamental-freedoms', 'dignity-privacy', 'social-rights', 'offender-pays', 'profit-making', 'offence-disclosure', 'victim-contact'];
    const load = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../language/src/validation/protected/vocabulary/${name}.json`, import.meta.url)), 'utf8'));

    /** Every list of patterns in an entry, with where it is, lexicon lists included. */
    function lists(value: unknown, path: string): Array<[string, string[]]> {
        if (Array.isArray(value)) {
            return value.every(v => typeof v === 'string') ? [[path, value as string[]]] : [];
        }
        if (value && typeof value === 'object') {
            return Object.entries(value).flatMap(([key, inner]) => lists(inner, `${path}.${key}`));
        }
        return [];
    }

    it.each(FILES)('%s.json says what it is for, has English first, and every pattern compiles in every language', name => {
        const file = load(name);
        expect(typeof file.about).toBe('string');
        expect(Object.keys(file)[1]).toBe('en');
        for (const language of TEXT_LANGUAGES) {
            if (!file[language]) {
                continue;
            }
            const lexicon = lexiconFor(language, name === 'general' ? undefined : file as VocabularyFile<never>);
            for (const [path, patterns] of lists(file[language], `${name}.${language}`)) {
                for (const pattern of patterns) {
                    expect(() => new PhraseSet([pattern], lexicon), `${path}: ${pattern}`).not.toThrow();
                }
            }
        }
    });
});
