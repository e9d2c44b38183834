import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck } from '../helpers.js';
import { PhraseSet } from '../../language/src/validation/text/phrase.js';
import { TEXT_LANGUAGES } from '../../language/src/validation/text/language.js';
import { lexiconFor, type VocabularyFile } from '../../language/src/validation/protected/vocabulary.js';

const ID = 'discriminatory-condition';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "DC-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const on = (text: string, rules = [6], line = 4): Expected => ({ line, covered: text, rules, severity: 'error' });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['association with an ethnic group', condition('The person must not associate with members of the Roma community'), [on('associate with members of the Roma community')]],
        ['compelled church attendance', condition('The person must attend church every Sunday'), [on('attend church')]],
        ['an imperative: attend mass', condition('Attend Sunday mass every week'), [on('Attend Sunday mass')]],
        ['a language forbidden', condition('The person must not speak Arabic in public'), [on('speak Arabic')]],
        ['a religious garment forbidden', condition('The person must not wear a hijab at the placement'), [on('wear a hijab')]],
        ['nationality as the trigger (Rules 6 and 7)', condition('Because he is a foreign national, the person must report daily to the police'), [on('Because he is a foreign national', [6, 7])]],
        ['a group as the addressee', condition('Roma offenders must report twice a week'), [on('Roma offenders')]],
        ['gender as the trigger', condition('As a woman, she must be home by 20:00'), [on('As a woman')]],
        ['political demonstrations', condition('The person must not take part in any political demonstration'), [on('take part in any political demonstration')]],
        ['gay bars', condition('The person must not go to gay bars'), [on('go to gay bars')]],
        ['a no-contact class defined by religion', order('requirement no contact, with any person you know to be "a Muslim", for 6 months.'), [on('Muslim')]],
        ['a prohibited activity tied to religion', order('requirement prohibited activity, "attending the mosque on Fridays".'), [on('attending the mosque')]],
        ['a religious programme', order('requirement programme, "Bible study at St Mary\'s", 10 sessions.'), [on('Bible study')]],
        ['"no contact with" a nationality', condition('No contact with Albanian nationals'), [on('contact with Albanian nationals', [6, 7])]],
        ['a trigger after the restriction', condition('The person must report daily because of his religion'), [on('because of his religion')]],
        ['a no-contact condition on a religious group', condition('The person must not contact any Muslims'), [on('contact any Muslims')]],
        ['women addressed by a restriction', condition('Women must be escorted at the placement'), [on('Women')]],
        ['French: an ethnic group', order('written in French.', 'condition "La personne ne doit pas fréquenter les Roms".'), [on('fréquenter les Roms', [6], 5)]],
        ['German: a language forbidden', order('written in German.', 'condition "Die Person darf nicht Arabisch sprechen".'), [on('Arabisch sprechen', [6], 5)]],
        ['French: a language forbidden', order('written in French.', 'condition "La personne ne doit pas parler arabe en public".'), [on('parler arabe', [6], 5)]],
        ['German: a church visit required', order('written in German.', 'condition "Die Person muss jeden Sonntag die Kirche besuchen".'), [on('Kirche besuchen', [6], 5)]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['an interpreter in the person\'s language', condition('An interpreter in the person\'s language will be provided at every appointment')],
        ['adjustments for the person\'s disability', condition('The programme will make adjustments for the person\'s disability')],
        ['a permission to attend religious services', condition('The person may attend religious services')],
        ['respecting religious holidays', condition('Unpaid work must be arranged respecting the person\'s religious holidays')],
        ['an exemption from church attendance', condition('The person is not required to attend church')],
        ['a negated requirement', condition('Church attendance is not required')],
        ['a protected practice', condition('The person must not be prevented from attending his mosque')],
        ['work scheduled around prayers', condition('Unpaid work must not be scheduled at times when the person attends Friday prayers')],
        ['a statement of fact about language', condition('The person speaks only Polish; an interpreter will be provided')],
        ['an obligation on staff', condition('The supervisor must speak Polish with the person')],
        ['a building used for something else', condition('The person must do unpaid work at the church hall')],
        ['a trigger used to help', condition('Because of his disability, the person may report by telephone instead of in person')],
        ['a restriction by risk on children', condition('The person must not have unsupervised contact with any child under 16')],
        ['quoted speech', condition('The person must not shout \'go home foreigners\' at the neighbours')],
        ['a negated trigger', condition('Not because of his nationality but because of the risk, the person must report weekly')],
        ['regardless of religion', condition('The person must report weekly, regardless of religion or nationality')],
        ['non-discrimination wording', condition('The person must not be treated differently because of his religion')],
        ['a place keyed to the victim, not to religion', condition('The person must not attend the church where the victim worships')],
        ['a trigger that meets a need', condition('Because he is homeless, the person must reside at the approved hostel')],
        ['French: an interpreter in Arabic', order('written in French.', 'condition "Un interprète en arabe sera fourni".')],
        ['German: a permission to visit the mosque', order('written in German.', 'condition "Die Person darf die Moschee besuchen".')],
        ['a named person in a no-contact requirement', order('requirement no contact, with "Jane Doe", for 6 months.')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: messages and templates`, () => {
    it('names the phrase and the ground, without its own citation', async () => {
        const findings = (await lint(order(
            'condition "The person must attend church every Sunday".',
            'condition "The person must not associate with Roma".',
            'condition "Because he is a foreign national, the person must report daily".'
        ))).filter(f => f.checkId === ID);
        expect(findings.map(f => f.message)).toEqual([
            '"attend church" requires a practice tied to religion: an order must not compel or forbid it (Rule 6)',
            '"associate with Roma" restricts contact with people by their ethnic origin: an order must not single people out by ethnic origin (Rule 6)',
            '"Because he is a foreign national" makes nationality the reason for a requirement: an order must not impose or vary conditions on that ground (Rules 6 and 7)'
        ]);
    });

    it('shows a finding of a template in another file on the apply clause', async () => {
        const results = await lintWorkspace({
            'lib.sanction': 'template sunday():\n  condition "Attend church every Sunday".\n',
            'order.sanction': 'import "lib.sanction".\norder "DC-T".\nin force for 6 months.\napply sunday.\n'
        });
        expect(ids(results['lib.sanction'], ID)).toEqual([`${ID}@2:14-2:27`]);
        expect(ids(results['order.sanction'], ID)).toEqual([`${ID}@4:1-4:14`]);
    });
});

describe('family G vocabularies (language/src/validation/protected/vocabulary)', () => {
    const FILES = ['general', 'discriminatory-condition', 'dignity-privacy', 'social-rights', 'offender-pays', 'profit-making', 'offence-disclosure', 'victim-contact'];
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
