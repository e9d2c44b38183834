import { describeCheck } from '../check-tester.js';

/** An order written in English, with the given person and rights lines. */
function order(person: string | undefined, ...rights: string[]): string {
    return ['order "L-1".', 'written in English.', ...(person ? [person] : []), 'in force for 6 months.',
        ...(rights.length ? ['rights:', ...rights.map(l => `  ${l}`)] : [])].join('\n') + '\n';
}

const RULE_61_INFO = 'Rule 61 gives the person clear information about the measure, its purpose and its conditions in a language they understand';
const RULE_61_WRITING = 'Rule 61 gives the person the information in writing where needed';
const RULE_61_LANGUAGE = 'Rule 61 asks that the person be informed in a language they understand';

describeCheck('missing-language', {
    valid: [
        { name: 'a notice in the language the person understands, in writing', code: order('person "A", understands English, no interpreter needed.', 'notice in English, in writing.') },
        { name: 'an interpreter and a notice in the person\'s own language', code: order('person "A", understands Italian and English, interpreter needed.', 'notice in Italian, in writing.') },
        { name: 'language names compared without case, quotes or code', code: order('person "A", understands "Français", interpreter needed.', 'notice in fr, in writing.') },
        { name: 'an unknown language written two ways', code: order('person "A", understands Polish, interpreter needed.', 'notice in "polish", in writing.') },
        { name: 'two notices, one in writing', code: order('person "A", understands English.', 'notice in English.', 'notice in English, in writing.') }
    ],
    invalid: [
        { name: 'no language the person understands', code: order('person "Ana Popescu", convicted.', 'notice in English, in writing.'), findings: [{
            messageId: 'noLanguage', range: '3:8-3:21', rules: [61], covered: '"Ana Popescu"', severity: 'warning',
            message: `The order does not state which language the person understands; ${RULE_61_INFO}: consider stating it, e.g. \`person "Ana Popescu", understands Polish.\` (Rule 61)`
        }] },
        { name: 'no person at all', code: order(undefined, 'notice in English, in writing.'), findings: [{
            messageId: 'noPerson', range: '1:7-1:12', rules: [61], covered: '"L-1"', severity: 'warning',
            message: `The order names no person, and so no language they understand; ${RULE_61_INFO}: consider adding the person, e.g. \`person "A. Nowak", understands Polish.\` (Rule 61)`
        }] },
        { name: 'no notice', code: order('person "A", understands English.', 'appeal to "Court" within 28 days.'), findings: [{
            messageId: 'noNotice', range: '1:7-1:12', rules: [61], covered: '"L-1"', severity: 'warning',
            message: 'The order does not state that the person is given notice of it in a language they understand; Rule 61 gives the person that information before implementation starts, in writing where needed: ' +
                'consider stating it in the rights, e.g. `notice in English, in writing.` (Rule 61)'
        }] },
        { name: 'no rights at all', code: order('person "A", understands English.'), findings: [{ messageId: 'noNotice', range: '1:7-1:12', rules: [61], covered: '"L-1"', severity: 'warning' }] },
        { name: 'no notice and no language: the example leaves the language open', code: order(undefined), findings: [
            { messageId: 'noPerson', range: '1:7-1:12', rules: [61] },
            { messageId: 'noNotice', range: '1:7-1:12', rules: [61],
                message: 'The order does not state that the person is given notice of it in a language they understand; Rule 61 gives the person that information before implementation starts, in writing where needed: ' +
                    'consider stating it in the rights, e.g. `notice in "…", in writing.` (Rule 61)' }
        ] },
        { name: 'a notice in a language the person does not understand', code: order('person "A", understands Polish, interpreter needed.', 'notice in English, in writing.'), findings: [{
            messageId: 'notUnderstood', range: '6:13-6:20', rules: [61], covered: 'English', severity: 'warning',
            message: `The notice is in English, which the person is not recorded as understanding (they understand Polish); ${RULE_61_LANGUAGE}: give the notice in one, e.g. \`notice in Polish, in writing.\` (Rule 61)`
        }] },
        { name: 'an interpreter needed, and the notice only in the order\'s language', code: order('person "A", understands Italian and English, interpreter needed.', 'notice in English, in writing.'), findings: [{
            messageId: 'interpreterOther', range: '6:13-6:20', rules: [61], covered: 'English', severity: 'warning',
            message: `The person needs an interpreter, but the notice is only in English, the language the order is written in; ${RULE_61_LANGUAGE}: give it in Italian too, e.g. \`notice in English and Italian, in writing.\` (Rule 61)`
        }] },
        { name: 'an interpreter needed, and no other language named', code: order('person "A", understands English, interpreter needed.', 'notice in English, in writing.'), findings: [{
            messageId: 'interpreterUnnamed', range: '6:13-6:20', rules: [61], covered: 'English', severity: 'warning',
            message: `The person needs an interpreter, but the notice is only in English, the language the order is written in; ${RULE_61_LANGUAGE}: name the language they are given it in, e.g. \`notice in English and Polish, in writing.\` (Rule 61)`
        }] },
        { name: 'an interpreter needed, and the notice not in writing', code: order('person "A", understands Polish, interpreter needed.', 'notice in Polish.'), findings: [{
            messageId: 'writingInterpreter', range: '6:3-6:20', rules: [61], covered: 'notice in Polish.', severity: 'warning',
            message: 'The order does not state that the notice is given in writing, and the person needs an interpreter, so the order itself is no written information they can read; ' +
                `${RULE_61_WRITING}: consider stating it, e.g. \`notice in Polish, in writing.\` (Rule 61)`
        }] },
        { name: 'the order not in the person\'s language, and the notice not in writing', code: order('person "A", understands German.', 'notice in German.'), findings: [{
            messageId: 'writingUnreadable', range: '6:3-6:20', rules: [61], covered: 'notice in German.', severity: 'warning',
            message: 'The order does not state that the notice is given in writing, and the order is written in English, which the person is not recorded as understanding, so the order itself is no written information they can read; ' +
                `${RULE_61_WRITING}: consider stating it, e.g. \`notice in German, in writing.\` (Rule 61)`
        }] },
        { name: 'the person reads the order, and the notice is not said to be in writing', code: order('person "A", understands English, no interpreter needed.', 'notice in English.'), findings: [{
            messageId: 'writing', range: '6:3-6:21', rules: [61], covered: 'notice in English.', severity: 'info',
            message: `The order does not state whether the notice is given in writing; ${RULE_61_WRITING}: consider stating it, e.g. \`notice in English, in writing.\` (Rule 61)`
        }] },
        { name: 'the order does not say its language, and the notice is not said to be in writing', code: 'order "L-2".\nperson "A", understands Polish.\nrights:\n  notice in Polish.\n', findings: [{
            messageId: 'writing', range: '4:3-4:20', rules: [61], covered: 'notice in Polish.', severity: 'info'
        }] }
    ],
    fixes: [
        { name: 'adds the notice in the person\'s language',
            code: order('person "A", understands English.', 'appeal to "Court" within 28 days.'),
            output: [order('person "A", understands English.', 'appeal to "Court" within 28 days.', 'notice in English, in writing.')] },
        { name: 'writes a language the order quoted as quoted text, so the notice parses',
            code: order('person "A", understands "Scottish Gaelic".', 'appeal to "Court" within 28 days.'),
            output: [order('person "A", understands "Scottish Gaelic".', 'appeal to "Court" within 28 days.', 'notice in "Scottish Gaelic", in writing.')] },
        { name: 'adds a rights block with the notice',
            code: order('person "A", understands English.'),
            output: [order('person "A", understands English.') + '\nrights:\n  notice in English, in writing.\n'] },
        { name: 'adds a language the person understands',
            code: order('person "A", understands Polish, interpreter needed.', 'notice in English, in writing.'),
            output: [order('person "A", understands Polish, interpreter needed.', 'notice in English and Polish, in writing.')] },
        { name: 'adds the person\'s other language when they need an interpreter',
            code: order('person "A", understands Italian and English, interpreter needed.', 'notice in English, in writing.'),
            output: [order('person "A", understands Italian and English, interpreter needed.', 'notice in English and Italian, in writing.')] },
        { name: 'gives the notice in writing',
            code: order('person "A", understands German.', 'notice in German.'),
            output: [order('person "A", understands German.', 'notice in German, in writing.')] },
        { name: 'gives the notice in writing, also when writing is only information',
            code: order('person "A", understands English, no interpreter needed.', 'notice in English.'),
            output: [order('person "A", understands English, no interpreter needed.', 'notice in English, in writing.')] },
        { name: 'no fix guesses the language a person understands',
            code: order('person "A", convicted.', 'notice in English, in writing.'),
            output: [] }
    ]
});
