import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { lintText } from '../../language/src/core/lint.js';
import type {
    Breach, Consent, Costs, Order, OrderConsent, OrderTerm, Person, Requirement, Rights, SanctionFile, Template, TemplateUse, Condition, Offence
} from '../../language/src/generated/ast.js';
import { testServices } from '../helpers.js';
import { daysPerWeek, durationDays, perWeek, windowHours } from '../../language/src/model/values.js';
import type { DaysParameter, DailyHoursParameter, FrequencyParameter, FixedTerm } from '../../language/src/generated/ast.js';

async function parse(text: string): Promise<{ document: LangiumDocument<SanctionFile>; file: SanctionFile; syntax: string[] }> {
    const { document, findings } = await lintText(testServices(), text);
    const file = document.parseResult.value as SanctionFile;
    return { document: document as LangiumDocument<SanctionFile>, file, syntax: findings.filter(f => f.checkId === 'syntax-error').map(f => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`) };
}

const FULL = `// A complete order using every clause.
/* Block comments are allowed too. */
import "library/standard.sanction".

order "CR-2026-00417".
made on 2026-03-14.
decided by "Exeter Crown Court".
implemented by "Probation Service, South West".
under "Sentencing Act 2020, s. 200" and "Schedule 9".
written in English.
person "Alex Morgan", suspect, born on 1991-07-02, aged 34, understands English, Polish and "Romani", interpreter needed.
offence "Theft (Theft Act 1968, s. 1)", seriousness very serious.
in force for 18 months, extendable by up to 6 months, reviewed every 3 months.
consent informed and explicit, given on 2026-03-10, in writing.
requirement unpaid work, 120 hours, completed within 12 months.
requirement supervision, reporting twice a week at "Exeter Probation Office", from 2026-04-01 until 2026-10-01.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on Monday to Friday and Sunday, for 4 months.
requirement electronic monitoring, of the curfew, for 4 months.
requirement exclusion, area within 500 metres of "1 High Street" on map "EX-12", on weekends, until 2026-12-31.
requirement drug treatment, provided by "Exeter Drug Service", non-residential, for 6 months, consent informed and explicit, given on 2026-03-10.
requirement no contact, with any person you know to be "under 16", until further order.
requirement foreign travel prohibition, to "any country outside the United Kingdom", indefinitely.
requirement compensation, amount 250 EUR, payable to "the victim".
requirement programme, "Thinking Skills", 20 sessions, attending every 2 weeks, until "the supervisor is satisfied".
condition "You must not enter licensed premises" in English, for 3 months.
apply home-curfew with address "12 Acacia Road" and length 4 months.
on breach:
  minor non-compliance leads to a formal warning.
  significant non-compliance leads automatically to imprisonment.
  hearing before "Exeter Crown Court" with legal assistance and access to the documents.
  credit for time complied.
  the deciding authority may order a warning, modification or revocation.
  "Any further breach will be reported to the court.".
rights:
  appeal to "Court of Appeal" within 28 days.
  complaints to "Probation complaints team".
  notice in English and Polish, in writing.
costs borne by the state.

template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  "A home curfew."
  requirement curfew, at address, from start to end, on every day, for length.
`;

describe('parsing every construct', () => {
    test('a complete order parses without syntax errors', async () => {
        const { syntax } = await parse(FULL);
        expect(syntax).toEqual([]);
    });

    test('the order header, authorities, law and language', async () => {
        const { file } = await parse(FULL);
        expect(file.imports.map(i => i.path)).toEqual(['library/standard.sanction']);
        const order = file.elements[0] as Order;
        expect(order.caseReference).toBe('CR-2026-00417');
        const types = order.clauses.map(c => c.$type);
        expect(types.slice(0, 9)).toEqual(['MadeOn', 'DecidingAuthority', 'ImplementingAuthority', 'LegalBasis', 'OrderLanguage', 'Person', 'Offence', 'OrderTerm', 'OrderConsent']);
        expect((order.clauses[3] as { laws: string[] }).laws).toEqual(['Sentencing Act 2020, s. 200', 'Schedule 9']);
    });

    test('the person, with status, birth, age, languages and interpreter', async () => {
        const { file } = await parse(FULL);
        const person = (file.elements[0] as Order).clauses.find(c => c.$type === 'Person') as Person;
        expect(person).toMatchObject({ name: 'Alex Morgan', status: 'suspect', birthDate: '1991-07-02', age: 34, interpreter: 'interpreter needed' });
        expect(person.languages).toEqual(['English', 'Polish', 'Romani']);
    });

    test('multi-word keywords are read as phrases', async () => {
        const { file } = await parse(FULL);
        const order = file.elements[0] as Order;
        const offence = order.clauses.find(c => c.$type === 'Offence') as Offence;
        expect(offence.seriousness).toBe('very serious');
        const kinds = order.clauses.filter((c): c is Requirement => c.$type === 'Requirement').map(r => r.kind);
        expect(kinds).toEqual(['unpaid work', 'supervision', 'curfew', 'electronic monitoring', 'exclusion', 'drug treatment', 'no contact', 'foreign travel prohibition', 'compensation', 'programme']);
    });

    test('durations: fixed, date ranges, open-ended, extension and review', async () => {
        const { file } = await parse(FULL);
        const order = file.elements[0] as Order;
        const term = order.clauses.find(c => c.$type === 'OrderTerm') as OrderTerm;
        expect(term.term.$type).toBe('FixedTerm');
        expect(durationDays((term.term as FixedTerm).length as never)).toBeCloseTo(547.875);
        expect(term.extension?.maximum).toMatchObject({ value: 6, unit: 'months' });
        expect(term.review?.interval).toMatchObject({ value: 3, unit: 'months' });
        const requirements = order.clauses.filter((c): c is Requirement => c.$type === 'Requirement');
        const termOf = (r: Requirement) => r.params.find(p => p.$type === 'TermParameter') as { term: Record<string, unknown> } | undefined;
        expect(termOf(requirements[1])?.term).toMatchObject({ $type: 'DateRangeTerm', start: '2026-04-01', end: '2026-10-01' });
        expect(termOf(requirements[4])?.term).toMatchObject({ $type: 'DateRangeTerm', end: '2026-12-31' });
        expect(termOf(requirements[6])?.term).toMatchObject({ $type: 'OpenTerm', furtherOrder: true });
        expect(termOf(requirements[7])?.term).toMatchObject({ $type: 'OpenTerm', indefinitely: true });
        expect(termOf(requirements[9])?.term).toMatchObject({ $type: 'OpenTerm', condition: 'the supervisor is satisfied' });
    });

    test('typed parameters: hours, times, days, frequencies, areas, contacts, amounts, consent', async () => {
        const { file } = await parse(FULL);
        const requirements = (file.elements[0] as Order).clauses.filter((c): c is Requirement => c.$type === 'Requirement');
        const [unpaid, supervision, curfew, monitoring, exclusion, treatment, contact, travel, compensation, programme] = requirements;
        expect(unpaid.params[0]).toMatchObject({ $type: 'HoursParameter', hours: { value: 120 } });
        expect(unpaid.params[1]).toMatchObject({ $type: 'CompletionParameter', period: { value: 12, unit: 'months' } });
        const frequency = supervision.params.find(p => p.$type === 'FrequencyParameter') as FrequencyParameter;
        expect(perWeek(frequency.frequency as never)).toBe(2);
        expect(supervision.params.find(p => p.$type === 'PlaceParameter')).toMatchObject({ place: { value: 'Exeter Probation Office' } });
        const window = curfew.params.find(p => p.$type === 'DailyHoursParameter') as DailyHoursParameter;
        expect(windowHours((window.start as { value: string }).value, (window.end as { value: string }).value)).toBe(12);
        expect(daysPerWeek((curfew.params.find(p => p.$type === 'DaysParameter') as DaysParameter).days)).toBe(6);
        expect(monitoring.params[0]).toMatchObject({ $type: 'MonitoringParameter', target: 'curfew' });
        expect(exclusion.params[0]).toMatchObject({ $type: 'AreaParameter', radius: 500, unit: 'metres', centre: { value: '1 High Street' }, map: 'EX-12' });
        expect(daysPerWeek((exclusion.params[1] as DaysParameter).days)).toBe(2);
        expect(treatment.params.map(p => p.$type)).toEqual(['ProviderParameter', 'SettingParameter', 'TermParameter', 'Consent']);
        expect(treatment.params[3] as Consent).toMatchObject({ informed: true, explicit: true, given: true, date: '2026-03-10' });
        expect(contact.params[0]).toMatchObject({ $type: 'ContactParameter', knowing: true, class: 'under 16' });
        expect(travel.params[0]).toMatchObject({ $type: 'DestinationParameter', destination: 'any country outside the United Kingdom' });
        expect(compensation.params[0]).toMatchObject({ $type: 'AmountParameter', amount: 250, currency: 'EUR', payee: 'the victim' });
        expect(programme.params.slice(0, 3)).toMatchObject([{ description: 'Thinking Skills' }, { count: { value: 20 }, unit: 'sessions' }, { $type: 'FrequencyParameter' }]);
        expect(perWeek((programme.params[2] as FrequencyParameter).frequency as never)).toBe(0.5);
    });

    test('order-level consent, free-text condition, template use', async () => {
        const { file } = await parse(FULL);
        const order = file.elements[0] as Order;
        expect(order.clauses.find(c => c.$type === 'OrderConsent') as OrderConsent).toMatchObject({ informed: true, explicit: true, given: true, writing: true });
        expect(order.clauses.find(c => c.$type === 'Condition') as Condition).toMatchObject({ text: { value: 'You must not enter licensed premises' }, language: 'English' });
        const use = order.clauses.find(c => c.$type === 'TemplateUse') as TemplateUse;
        expect(use.template.$refText).toBe('home-curfew');
        expect(use.template.ref?.name).toBe('home-curfew');
        expect(use.arguments.map(a => a.parameter.ref?.name)).toEqual(['address', 'length']);
    });

    test('breach, rights and costs', async () => {
        const { file } = await parse(FULL);
        const order = file.elements[0] as Order;
        const breach = order.clauses.find(c => c.$type === 'Breach') as Breach;
        expect(breach.items.map(i => i.$type)).toEqual(['BreachRule', 'BreachRule', 'BreachHearing', 'ComplianceCredit', 'BreachOptions', 'BreachStatement']);
        expect(breach.items[0]).toMatchObject({ level: 'minor', automatic: false, consequences: [{ kind: 'formal warning' }] });
        expect(breach.items[1]).toMatchObject({ level: 'significant', automatic: true, consequences: [{ kind: 'imprisonment' }] });
        expect(breach.items[2]).toMatchObject({ authority: 'Exeter Crown Court', legalAssistance: true, documents: true });
        expect(breach.items[4]).toMatchObject({ options: [{ kind: 'warning' }, { kind: 'modification' }, { kind: 'revocation' }] });
        const rights = order.clauses.find(c => c.$type === 'Rights') as Rights;
        expect(rights.items[0]).toMatchObject({ $type: 'AppealRight', body: 'Court of Appeal', limit: { value: 28, unit: 'days' } });
        expect(rights.items[1]).toMatchObject({ $type: 'ComplaintRoute', body: 'Probation complaints team' });
        expect(rights.items[2]).toMatchObject({ $type: 'Notice', languages: ['English', 'Polish'], writing: true });
        expect((order.clauses.find(c => c.$type === 'Costs') as Costs).payer).toBe('the state');
    });

    test('templates with typed parameters and defaults', async () => {
        const { file } = await parse(FULL);
        const template = file.elements[1] as Template;
        expect(template.name).toBe('home-curfew');
        expect(template.documentation).toBe('A home curfew.');
        expect(template.parameters.map(p => `${p.name}:${p.valueType}${p.defaultValue ? '=' + p.defaultValue.$type : ''}`))
            .toEqual(['address:text', 'start:time=TimeLiteral', 'end:time=TimeLiteral', 'length:duration=DurationLiteral']);
        expect(template.body).toHaveLength(1);
    });

    test('curly quotes pasted from a word processor are strings', async () => {
        const { file, syntax } = await parse('order \u201CCR-1\u201D.\ncondition \u201CYou must live at 12 Acacia Road\u201D, for 3 months.\n');
        expect(syntax).toEqual([]);
        expect((file.elements[0] as Order).caseReference).toBe('CR-1');
    });

    test('frequencies', async () => {
        const cases: Array<[string, number]> = [['daily', 7], ['weekly', 1], ['fortnightly', 0.5], ['once a week', 1], ['twice a week', 2], ['3 times a week', 3], ['every 2 weeks', 0.5], ['every day', 7], ['once a month', 7 / 30.4375]];
        for (const [text, expected] of cases) {
            const { file, syntax } = await parse(`order "F".\nrequirement supervision, reporting ${text}, for 6 months.\n`);
            expect(syntax, text).toEqual([]);
            const requirement = (file.elements[0] as Order).clauses[0] as Requirement;
            expect(perWeek((requirement.params[0] as FrequencyParameter).frequency as never), text).toBeCloseTo(expected);
        }
    });
});

describe('error recovery', () => {
    test('a broken sentence does not hide the ones after it', async () => {
        const text = [
            'order "X".',
            'made on 2026-01-01.',
            'requirement unpaid work, 120 hours broken here.',
            'requirement curfew, at "1 Road", from 19:00 to 07:00, for 2 months.',
            'person "P", convicted.',
            'in force for 6 months.'
        ].join('\n');
        const { file, syntax } = await parse(text);
        expect(syntax).toEqual([
            "3:36 Unexpected 'broken' in the requirement: expected a parameter (such as 'for 6 months', 'at \"…\"', 'from 19:00 to 07:00', '120 hours') or '.' to end the sentence."
        ]);
        const order = file.elements[0] as Order;
        expect(order.clauses.map(c => c.$type)).toEqual(['MadeOn', 'Requirement', 'Requirement', 'Person', 'OrderTerm']);
        expect((order.clauses[2] as Requirement).kind).toBe('curfew');
    });

    test('a missing full stop is reported where the sentence should end, and the next one still parses', async () => {
        const { file, syntax } = await parse('order "X".\nmade on 2026-01-01\ndecided by "Court".\nin force for 6 months.\n');
        expect(syntax).toHaveLength(1);
        // At the end of the unfinished sentence, not at the start of the next line.
        expect(syntax).toEqual(["2:9 Expected '.' to end the sentence after '2026-01-01': the next line starts a new sentence."]);
        expect((file.elements[0] as Order).clauses.map(c => c.$type)).toEqual(['MadeOn', 'DecidingAuthority', 'OrderTerm']);
    });

    test('an unknown word at the start of a sentence is reported once', async () => {
        const { file, syntax } = await parse('order "X".\nthe person shall behave.\nin force for 6 months.\n');
        expect(syntax.length).toBeGreaterThanOrEqual(1);
        expect(syntax[0]).toMatch(/^2:1 /);
        expect((file.elements[0] as Order).clauses.map(c => c.$type)).toContain('OrderTerm');
    });
});

describe('error recovery inside sections', () => {
    test('a sentence the breach section cannot read is skipped and the section goes on', async () => {
        const { file, syntax } = await parse('order "X".\non breach:\n minor non-compliance leads to a warning.\n junk here.\n credit for time complied.\nrights:\n appeal to "C" within 28 days.\n bogus.\n notice in English.\ncosts borne by the state.\n');
        expect(syntax).toHaveLength(2);
        expect(syntax[0]).toMatch(/^4:2 Unexpected 'junk' in the breach clauses: .* The sentence was skipped\.$/);
        expect(syntax[1]).toMatch(/^8:2 Unexpected 'bogus' in the rights clauses: .* The sentence was skipped\.$/);
        const clauses = (file.elements[0] as Order).clauses;
        expect(clauses.map(c => c.$type)).toEqual(['Breach', 'Rights', 'Costs']);
        expect((clauses[0] as Breach).items.map(i => i.$type)).toEqual(['BreachRule', 'ComplianceCredit']);
        expect((clauses[1] as Rights).items.map(i => i.$type)).toEqual(['AppealRight', 'Notice']);
    });

    test('a sentence a template body cannot read is skipped', async () => {
        const { file, syntax } = await parse('template t(place: text):\n requirement curfew, at place.\n nonsense words.\n requirement residence, at place.\norder "Y".\nin force for 1 month.\n');
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toMatch(/^3:2 Unexpected 'nonsense' in the template: a template's body holds requirements/);
        expect((file.elements[0] as Template).body.map(r => (r as Requirement).kind)).toEqual(['curfew', 'residence']);
        expect((file.elements[1] as Order).clauses.map(c => c.$type)).toEqual(['OrderTerm']);
    });

    test('a keyword used as a name is explained', async () => {
        const { syntax } = await parse('template t(area: text):\n requirement residence, at "x".\n');
        expect(syntax[0]).toBe("1:12 'area' is a word of the language and cannot be a name here in the template: choose another name.");
    });

    test('clean ends of orders, templates and sections raise nothing', async () => {
        const { syntax } = await parse('order "A".\non breach:\n credit for time complied.\nrights:\n appeal to "C" within 28 days.\ntemplate t():\n requirement residence, at "x".\norder "B".\nrights:\n notice in English.\n');
        expect(syntax).toEqual([]);
    });
});

describe('order forms, early termination, disclosure and victims', () => {
    test('parse', async () => {
        const { file, syntax } = await parse([
            'order "L-1", conditional release.',
            'early termination by "Parole Board" after 6 months, when "all requirements have been met".',
            'disclosure of the offence to "the placement supervisor" and "the programme provider", as far as needed.',
            'requirement mediation, provided by "Restorative Justice Service", involving the victim, victim consent given on 2026-02-01.',
            'requirement reparation, "repairing the fence", involving the victim, victim consent not sought.',
            'on breach:',
            '  significant non-compliance leads to recall to prison.'
        ].join('\n'));
        expect(syntax).toEqual([]);
        const order = file.elements[0] as Order;
        expect(order.form).toBe('conditional release');
        expect(order.clauses[0]).toMatchObject({ $type: 'EarlyTermination', authority: 'Parole Board', after: { value: 6 }, condition: 'all requirements have been met' });
        expect(order.clauses[1]).toMatchObject({ $type: 'Disclosure', recipients: ['the placement supervisor', 'the programme provider'], limited: true });
        expect((order.clauses[2] as Requirement).params[1]).toMatchObject({ $type: 'VictimParameter', victimConsent: 'given', date: '2026-02-01' });
        expect((order.clauses[3] as Requirement).params[1]).toMatchObject({ $type: 'VictimParameter', notSought: true });
        expect((order.clauses[4] as Breach).items[0]).toMatchObject({ consequences: [{ kind: 'recall to prison' }] });
    });
});

describe('every order clause may follow a section', () => {
    // Sections (breach, rights) end where the next order clause starts; the parser's recovery marks
    // that end, and the syntax messages must treat every clause start as a clean end.
    const clauses = [
        'made on 2026-01-01.', 'decided by "C".', 'implemented by "P".', 'under "Act".', 'written in English.',
        'person "P", convicted.', 'offence "O", seriousness minor.', 'in force for 6 months.', 'consent refused.',
        'requirement curfew, at "x", from 19:00 to 07:00.', 'condition "c".', 'apply t.', 'on breach:\n credit for time complied.',
        'rights:\n notice in English.', 'costs borne by the state.', 'early termination by "C" after 6 months.',
        'disclosure of the offence to "the placement", as far as needed.'
    ];
    test.each(clauses)('after a rights section: %s', async clause => {
        const { syntax } = await parse(`template t():\n requirement residence, at "x".\norder "A".\nrights:\n appeal to "C" within 28 days.\n${clause}\n`);
        expect(syntax).toEqual([]);
    });
    test.each(clauses)('after a breach section: %s', async clause => {
        const { syntax } = await parse(`template t():\n requirement residence, at "x".\norder "A".\non breach:\n credit for time complied.\n${clause}\n`);
        expect(syntax).toEqual([]);
    });
});

describe('near misses', () => {
    test.each([
        ['order "X".\nin force for 6 monhts.\n', "2:16 Unexpected 'monhts': expected 'day', 'days', 'working', 'week', 'weeks', 'month', 'months', 'year', 'years'. Did you mean 'months'?"],
        // Read ahead past a word that fits: the message names what may follow it, not the word.
        ['order "X".\nin force until 5.\n', "2:10 After 'until', expected a date (2026-03-14 or 14 March 2026), a name, 'further', quoted text but found '5'."],
        ['order "X".\nrequirement curfew, at "x", on weekdys.\n', "2:32 Unexpected 'weekdys': expected 'every', 'weekdays', 'weekends', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday' or 2 more. Did you mean 'weekdays'?"]
    ])('%s', async (text, message) => {
        const { syntax } = await parse(text);
        expect(syntax).toEqual([message]);
    });

    test('a misspelt sentence start is skipped with a suggestion', async () => {
        const { syntax } = await parse('order "X".\nrequirment curfew, at "x".\nin force for 6 months.\n');
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toMatch(/^2:1 Unexpected 'requirment' in the order: .* The sentence was skipped\. Did you mean 'requirement'\?$/);
    });
});
