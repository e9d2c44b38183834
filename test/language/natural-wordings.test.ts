import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { expectSemanticToken, highlightHelper, parseHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import type { BreachOptions, BreachRule, BreachStep, DailyHoursParameter, DaysParameter, MadeOn, Order, Person, Requirement, SanctionFile } from '../../language/src/generated/ast.js';
import { isBreach, isBreachOptions, isBreachRule, isBreachStep, isMadeOn, isOrder, isOrderTerm, isPerson, isRequirement } from '../../language/src/generated/ast.js';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { consequenceName, isAfterHearing, isReport, opensRevocation, outcomesOf } from '../../language/src/model/breach.js';
import { daysPerWeek, durationDays, resolveValue, windowHours } from '../../language/src/model/values.js';
import { isoDate } from '../../language/src/parsing/value-converter.js';
import { ids, lint, lintUnder, testServices } from '../helpers.js';
import type { DurationLiteral, NumberLiteral, TimeLiteral } from '../../language/src/generated/ast.js';

/*
 * Issue 11, "Grammar for how drafters write": wordings drafters use, read as what they say. For
 * each: it parses, the model holds what it means, a small order using it has exactly the findings
 * listed (check id and range), and the formatter leaves the text as it is.
 */

const lsp = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper<SanctionFile>(testServices());

/** An order with nothing missing (no findings of its own); `lines` go before its breach section. */
function order(lines: string[], breach: string[] = ['minor non-compliance leads to a formal warning.', 'significant non-compliance leads to referral to the deciding authority.']): string {
    return [
        'order "NW-1".',
        'made on 2026-05-04.',
        'decided by "Bristol Crown Court".',
        'implemented by "Probation Service, South West region".',
        'under "Sentencing Act 2020, section 204".',
        'written in English.',
        '',
        'person "Jordan Ellis", convicted, born on 1998-11-20, understands English, no interpreter needed.',
        '',
        'offence "Affray (Public Order Act 1986, s. 3)", seriousness serious.',
        '',
        'in force for 12 months.',
        'early termination by "Bristol Crown Court" after 6 months, when "all requirements have been met".',
        ...(lines.length ? ['', ...lines] : []),
        '',
        'on breach:',
        ...breach.map(line => `  ${line}`),
        '  hearing before "Bristol Crown Court" with legal assistance and access to the documents.',
        '  credit for time complied.',
        '',
        'rights:',
        '  appeal to "Court of Appeal (Criminal Division)" within 28 days.',
        '  complaints to "Probation Service complaints team, South West".',
        '  notice in English, in writing.',
        '',
        'costs borne by the state.',
        ''
    ].join('\n');
}

async function parsed(text: string): Promise<{ document: LangiumDocument<SanctionFile>; order: Order }> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
    expect(document.parseResult.parserErrors.filter(e => !e.message.includes('\u0000')).map(e => e.message)).toEqual([]);
    const first = document.parseResult.value.elements.find(isOrder);
    expect(first).toBeDefined();
    return { document, order: first! };
}

function requirement(order: Order, index = 0): Requirement {
    return order.clauses.filter(isRequirement)[index];
}

/** The edits the formatter makes (none for text already in the house layout). */
async function formatEdits(text: string): Promise<unknown[]> {
    const document = await parseHelper<SanctionFile>(lsp)(text);
    return lsp.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } }) as unknown[];
}

describe('a base order with nothing missing', () => {
    test('has no findings, so each case below shows only what its wording brings', async () => {
        const text = order([]);
        await parsed(text);
        expect(ids(await lint(text))).toEqual([]);
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('time windows: between 20:00 and 06:00', () => {
    const line = 'requirement exclusion, area "Bristol city centre" on map "BS-CC-2026-07", on Friday to Sunday, between 20:00 and 06:00, for 6 months.';
    const text = order([line]);

    test('parses, and gives the same start and end as from 20:00 to 06:00', async () => {
        const { order: o } = await parsed(text);
        const window = requirement(o).params.find(p => p.$type === 'DailyHoursParameter') as DailyHoursParameter;
        expect(window.between).toBe(true);
        expect(resolveValue<TimeLiteral>(window.start)?.value).toBe('20:00');
        expect(resolveValue<TimeLiteral>(window.end)?.value).toBe('06:00');
        expect(windowHours('20:00', '06:00')).toBe(10);

        const { order: fromTo } = await parsed(order([line.replace('between 20:00 and 06:00', 'from 20:00 to 06:00')]));
        const other = requirement(fromTo).params.find(p => p.$type === 'DailyHoursParameter') as DailyHoursParameter;
        expect(other.between).toBe(false);
        expect([resolveValue<TimeLiteral>(other.start)?.value, resolveValue<TimeLiteral>(other.end)?.value]).toEqual(['20:00', '06:00']);
    });

    test('the order has exactly the findings the same order with from … to has', async () => {
        const fromTo = order([line.replace('between 20:00 and 06:00', 'from 20:00 to 06:00')]);
        expect(ids(await lint(text))).toEqual([]);
        expect(ids(await lint(fromTo))).toEqual([]);
    });

    test('a curfew between 07:00 and 05:00 counts the same 22 hours as from 07:00 to 05:00 (over the 20 hours of England and Wales)', async () => {
        const curfew = (window: string) => order([`requirement curfew, at "12 Acacia Road, Bristol", ${window}, on every day, for 4 months.`]);
        const between = await lintUnder(curfew('between 07:00 and 05:00'), 'england-wales');
        const fromTo = await lintUnder(curfew('from 07:00 to 05:00'), 'england-wales');
        // the window is the finding's range: 4 characters longer for between … and
        expect(ids(between)).toEqual(['duration-over-limit@15:51-15:74']);
        expect(ids(fromTo)).toEqual(['duration-over-limit@15:51-15:70']);
        expect(between.map(f => f.message)).toEqual(fromTo.map(f => f.message));
        expect(between[0].message.startsWith('22 hours a day exceeds the statutory maximum of 20 hours a day for a curfew requirement in England and Wales')).toBe(true);
    });

    test('an impossible time in a between window is a finding', async () => {
        const findings = await lint(order(['requirement curfew, at "12 Acacia Road, Bristol", between 25:00 and 07:00, on every day, for 4 months.']));
        expect(ids(findings)).toEqual(['invalid-value@15:59-15:64']);
    });

    test('the formatter leaves it unchanged, and puts single spaces in it', async () => {
        expect(await formatEdits(text)).toEqual([]);
        const messy = text.replace('between 20:00 and 06:00', 'between  20:00   and 06:00');
        const edits = await formatEdits(messy) as Array<{ newText: string }>;
        expect(edits.map(e => e.newText)).toEqual([' ', ' ']);
    });
});

describe('at weekends', () => {
    const text = order(['requirement curfew, at "12 Acacia Road, Bristol", from 19:00 to 07:00, at weekends, for 4 months.']);

    test('parses as the weekend days, the same as on weekends', async () => {
        const { order: o } = await parsed(text);
        const days = requirement(o).params.find(p => p.$type === 'DaysParameter') as DaysParameter;
        expect(days.at).toBe(true);
        expect(days.days.weekends).toBe(true);
        expect(daysPerWeek(days.days)).toBe(2);
        const place = requirement(o).params.find(p => p.$type === 'PlaceParameter');
        expect(place?.$type).toBe('PlaceParameter'); // `at "…"` is still the address
    });

    test('the order has exactly the findings of the same order with on weekends', async () => {
        expect(ids(await lint(text))).toEqual([]);
        expect(ids(await lint(text.replace('at weekends', 'on weekends')))).toEqual([]);
    });

    test('at is still the place before quoted text and a template parameter', async () => {
        const template = 'template c(address: text):\n  requirement curfew, at address, from 19:00 to 07:00, at weekends, for 4 months.\n';
        const document = await parse(template);
        expect(document.parseResult.parserErrors.filter(e => !e.message.includes('\u0000'))).toEqual([]);
    });

    test('the formatter leaves it unchanged', async () => {
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('at weekdays', () => {
    const text = order(['requirement curfew, at "12 Acacia Road, Bristol", from 19:00 to 07:00, at weekdays, for 4 months.']);

    test('parses as the five weekdays, the same as on weekdays, with the same findings', async () => {
        const { order: o } = await parsed(text);
        const days = requirement(o).params.find(p => p.$type === 'DaysParameter') as DaysParameter;
        expect(days.at).toBe(true);
        expect(days.days.weekdays).toBe(true);
        expect(days.days.weekends).toBe(false);
        expect(daysPerWeek(days.days)).toBe(5);
        expect(ids(await lint(text))).toEqual(ids(await lint(text.replace('at weekdays', 'on weekdays'))));
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('day names in any case', () => {
    const text = order(['requirement curfew, at "12 Acacia Road, Bristol", from 19:00 to 07:00, on friday and SATURDAY, for 4 months.']);

    test('parse as the days they name, written as the grammar writes them', async () => {
        const { order: o } = await parsed(text);
        const days = requirement(o).params.find(p => p.$type === 'DaysParameter') as DaysParameter;
        expect(days.days.ranges.map(r => [r.from, r.to])).toEqual([['Friday', undefined], ['Saturday', undefined]]);
        expect(daysPerWeek(days.days)).toBe(2);
    });

    test('a range in lower case covers the days from one to the other', async () => {
        const { order: o } = await parsed(order(['requirement curfew, at "12 Acacia Road, Bristol", from 19:00 to 07:00, on monday to thursday, for 4 months.']));
        const days = requirement(o).params.find(p => p.$type === 'DaysParameter') as DaysParameter;
        expect(days.days.ranges.map(r => [r.from, r.to])).toEqual([['Monday', 'Thursday']]);
        expect(daysPerWeek(days.days)).toBe(4);
    });

    test('they stay keywords (highlighted as day names, as Friday is)', async () => {
        const document = await parse(text);
        const tokens = lsp.parser.Lexer.tokenize(document.textDocument.getText()).tokens;
        expect(tokens.filter(t => /^(friday|SATURDAY)$/.test(t.image)).map(t => t.tokenType.name)).toEqual(['Friday', 'Saturday']);
    });

    test('the editor highlights friday and SATURDAY as it highlights Friday; a written date as a date', async () => {
        const highlighted = await highlightHelper(lsp)('order "H".\nmade on <|2 June 2026|>.\nrequirement curfew, at "x", from 19:00 to 07:00, on <|friday|> to <|SUNDAY|>, for 2 months.\n');
        expectSemanticToken(highlighted, { rangeIndex: 0, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(highlighted, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(highlighted, { rangeIndex: 2, tokenType: SemanticTokenTypes.enumMember });
    });

    test('a day name in lower case is still a name where a name goes (a template called sunday)', async () => {
        const library = 'template sunday(friday: text):\n  condition "Attend the centre every Sunday", at friday.\n';
        const document = await parse(library + '\norder "NW-2".\napply sunday with friday "1 Road".\n');
        expect(document.parseResult.parserErrors.filter(e => !e.message.includes('\u0000')).map(e => e.message)).toEqual([]);
        expect(document.parseResult.value.elements.map(e => e.$type)).toEqual(['Template', 'Order']);
    });

    test('the order has no findings, and the formatter leaves it unchanged', async () => {
        expect(ids(await lint(text))).toEqual([]);
        expect(await formatEdits(text)).toEqual([]);
    });

    test('a misspelt day is still a syntax error, with the same findings as Fridy, and "Did you mean \'Friday\'?"', async () => {
        const misspelt = (day: string) => order([`requirement curfew, at "12 Acacia Road, Bristol", from 19:00 to 07:00, on ${day}, for 4 months.`]);
        const lower = await lint(misspelt('fridy'));
        expect(ids(lower, 'syntax-error')[0]).toBe('syntax-error@15:75-15:80');
        expect(lower.find(f => f.checkId === 'syntax-error')!.message.endsWith("Did you mean 'Friday'?")).toBe(true);
        expect(ids(lower)).toEqual(ids(await lint(misspelt('Fridy'))));
    });
});

describe('dates written out: 2 June 2026', () => {
    const text = order([]).replace('made on 2026-05-04.', 'made on 4 May 2026.').replace('born on 1998-11-20', 'born on 20th november 1998');

    test('parse as the ISO dates', async () => {
        const { order: o } = await parsed(text);
        expect((o.clauses.find(isMadeOn) as MadeOn).date).toBe('2026-05-04');
        expect((o.clauses.find(isPerson) as Person).birthDate).toBe('1998-11-20');
        expect(isoDate('2 June 2026')).toBe('2026-06-02');
        expect(isoDate('2nd JUNE 2026')).toBe('2026-06-02');
        expect(isoDate('29 February 2028')).toBe('2028-02-29');
        expect(isoDate('2026-06-02')).toBe('2026-06-02');
    });

    test('the order has the findings of the same order with ISO dates (none)', async () => {
        expect(ids(await lint(text))).toEqual([]);
    });

    test('a date range written out: in force from 1 June 2026 until 30 November 2026', async () => {
        const range = order([]).replace('in force for 12 months.', 'in force from 1 June 2026 until 30 November 2026.');
        const { order: o } = await parsed(range);
        const term = o.clauses.find(isOrderTerm)!.term;
        expect(term.$type === 'DateRangeTerm' && [term.start, term.end]).toEqual(['2026-06-01', '2026-11-30']);
        expect(ids(await lint(range))).toEqual([]);
    });

    test('a date that does not exist is a finding in the drafter\'s words, not a throw', async () => {
        const impossible = order([]).replace('made on 2026-05-04.', 'made on 31 June 2026.');
        const { order: o } = await parsed(impossible);
        expect((o.clauses.find(isMadeOn) as MadeOn).date).toBe('31 June 2026');
        const findings = await lint(impossible);
        expect(ids(findings)).toEqual(['invalid-value@2:9-2:21']);
        expect(findings[0].message).toBe('31 June 2026 is not a date: write a date that exists, as year-month-day, e.g. `2026-03-14`');
    });

    test('a template default and argument written out', async () => {
        const document = await parse('template t(start: date = 1 June 2026):\n  condition "Attend", for 2 months.\n');
        expect(document.parseResult.parserErrors.filter(e => !e.message.includes('\u0000'))).toEqual([]);
        const parameter = document.parseResult.value.elements[0];
        expect(parameter.$type === 'Template' && parameter.parameters[0].defaultValue).toMatchObject({ $type: 'DateLiteral', value: '2026-06-01' });
    });

    test('numbers before other words are still numbers (120 hours, 6 months)', async () => {
        const { order: o } = await parsed(order(['requirement unpaid work, 120 hours, completed within 12 months.']));
        expect(requirement(o).params.map(p => p.$type)).toEqual(['HoursParameter', 'CompletionParameter']);
    });

    test('the formatter leaves it unchanged', async () => {
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('activity caps: up to 10 days', () => {
    const text = order(['requirement rehabilitation activity, up to 10 days, provided by "Probation Service, South West region", for 12 months.']);

    test('parses as a cap of 10 days', async () => {
        const { order: o } = await parsed(text);
        const count = requirement(o).params.find(p => p.$type === 'CountParameter');
        expect(count?.$type === 'CountParameter' && [count.upTo, resolveValue<NumberLiteral>(count.count)?.value, count.unit]).toEqual([true, 10, 'days']);
    });

    test('the order has the findings of the same order with 10 days (none)', async () => {
        expect(ids(await lint(text))).toEqual([]);
        expect(ids(await lint(text.replace('up to 10 days', '10 days')))).toEqual([]);
    });

    test('a cap over a statutory maximum is found as the same count is (130 abstinence days is over the 120 of England and Wales)', async () => {
        const over = (count: string) => order([`requirement alcohol abstinence monitoring, ${count}, for 6 months.`]);
        const capped = await lintUnder(over('up to 130 days'), 'england-wales');
        const plain = await lintUnder(over('130 days'), 'england-wales');
        expect(ids(capped, 'duration-over-limit')).toEqual(['duration-over-limit@15:44-15:58']);
        expect(ids(plain, 'duration-over-limit')).toEqual(['duration-over-limit@15:44-15:52']);
        expect(capped.map(f => f.checkId)).toEqual(plain.map(f => f.checkId));
        expect(capped.find(f => f.checkId === 'duration-over-limit')!.message).toBe(plain.find(f => f.checkId === 'duration-over-limit')!.message);
    });

    test('a count of one takes the singular (1 day, 1 session), which the model holds as the plural', async () => {
        for (const [written, unit] of [['1 day', 'days'], ['1 session', 'sessions'], ['up to 1 day', 'days']] as const) {
            const text = order([`requirement rehabilitation activity, ${written}, provided by "Probation Service, South West region", for 12 months.`]);
            expect(ids(await lint(text))).toEqual([]);
            const { order: o } = await parsed(text);
            const count = requirement(o).params.find(p => p.$type === 'CountParameter');
            expect(count?.$type === 'CountParameter' && count.unit).toBe(unit);
        }
    });

    test('extendable by up to 6 months is still the extension', async () => {
        const { order: o } = await parsed(order([]).replace('in force for 12 months.', 'in force for 12 months, extendable by up to 6 months, reviewed every 3 months.'));
        const term = o.clauses.find(isOrderTerm)!;
        expect(term.extension?.maximum && durationDays(resolveValue<DurationLiteral>(term.extension.maximum)!)).toBeCloseTo(182.625, 3);
    });

    test('the formatter leaves it unchanged', async () => {
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('until further order of the court', () => {
    const text = order([]).replace('in force for 12 months.', 'in force until further order of the court.');

    test('parses as an open term, ordered by the court', async () => {
        const { order: o } = await parsed(text);
        const term = o.clauses.find(isOrderTerm)!.term;
        expect(term.$type === 'OpenTerm' && [term.furtherOrder, term.orderedBy]).toEqual([true, 'court']);
    });

    test('is still reported as open-ended, over the whole term', async () => {
        const findings = await lint(text);
        expect(ids(findings)).toEqual(['open-ended-duration@12:10-12:42']);
        expect(findings[0].message).toContain('until further order');
        const deciding = await lint(order([]).replace('in force for 12 months.', 'in force until further order of the deciding authority.'));
        expect(ids(deciding)).toEqual(['open-ended-duration@12:10-12:55']);
    });

    test('the formatter leaves it unchanged', async () => {
        expect(await formatEdits(text)).toEqual([]);
    });
});

describe('structured breach steps', () => {
    const steps = [
        'minor non-compliance leads to a warning after hearing the person.',
        'significant non-compliance leads to a written report to the court within 10 working days.',
        'the court may order a formal warning, modification or revocation after hearing the person.'
    ];
    const text = order([], steps);

    test('a consequence takes "an" where English does, and "an additional requirement" is the additional requirements', async () => {
        const text = order([], ['minor non-compliance leads to an additional requirement.', 'significant non-compliance leads to referral to the deciding authority.']);
        expect(ids(await lint(text))).toEqual([]);
        const { order: o } = await parsed(text);
        const [minor] = o.clauses.find(isBreach)!.items.filter(isBreachRule) as BreachRule[];
        expect(minor.consequences.map(c => c.kind)).toEqual(['additional requirements']);
    });

    test('parse as steps the model reads: a warning after hearing, a written report with its period, the court\'s options', async () => {
        const { order: o } = await parsed(text);
        const breach = o.clauses.find(isBreach)!;
        const [minor, significant] = breach.items.filter(isBreachRule) as BreachRule[];
        expect(minor.consequences.map(c => [c.kind, isAfterHearing(c)])).toEqual([['warning', true]]);
        const report = significant.consequences[0];
        expect([report.kind, report.reportTo, isReport(report)]).toEqual(['written report', 'the court', true]);
        const within = resolveValue<DurationLiteral>(report.within)!;
        expect([within.value, within.unit, durationDays(within)]).toEqual([10, 'working days', 14]);
        expect(consequenceName(report)).toBe('a written report to the court');
        expect(opensRevocation(report)).toBe(true);
        const options = breach.items.find(isBreachOptions) as BreachOptions;
        expect(options.court).toBe(true);
        expect(options.options.map(c => [c.kind, c.heard])).toEqual([['formal warning', false], ['modification', false], ['revocation', true]]);
        expect(outcomesOf(breach).map(outcome => consequenceName(outcome.consequence))).toEqual([
            'warning', 'a written report to the court', 'formal warning', 'modification', 'revocation'
        ]);
    });

    test('the order has no findings', async () => {
        expect(ids(await lint(text))).toEqual([]);
    });

    test('steps on lines of their own', async () => {
        const own = order([], [...steps, 'a warning after hearing the person.', 'a written report to the deciding authority within 5 days.']);
        const { order: o } = await parsed(own);
        const breach = o.clauses.find(isBreach)!;
        const stepItems = breach.items.filter(isBreachStep) as BreachStep[];
        expect(stepItems.map(s => [s.step.kind, s.step.heard, s.step.reportTo])).toEqual([['warning', true, undefined], ['written report', false, 'the deciding authority']]);
        expect(ids(await lint(own))).toEqual([]);
    });

    test('a report to the court opens the road to a decision: without a hearing the order is asked for one', async () => {
        const noHearing = order([], ['significant non-compliance leads to a written report to the court within 10 working days.']).replace('  hearing before "Bristol Crown Court" with legal assistance and access to the documents.\n', '');
        const findings = await lint(noHearing);
        expect(ids(findings)).toEqual(['missing-hearing@16:39-16:91']);
        expect(findings[0].message.startsWith('Non-compliance can lead to a written report to the court, and the order does not state that the person is heard first')).toBe(true);
    });

    test('a step broken over two lines before "hearing" stays one sentence', async () => {
        const broken = order([], ['minor non-compliance leads to a warning after', '  hearing the person.', steps[1]]);
        const { order: o } = await parsed(broken);
        const rules = o.clauses.find(isBreach)!.items.filter(isBreachRule) as BreachRule[];
        expect(rules[0].consequences.map(c => [c.kind, c.heard])).toEqual([['warning', true]]);
        expect(ids(await lint(broken))).toEqual([]);
    });

    test('the language clause after the breach section is still read as the order\'s language', async () => {
        const after = order([], steps).replace('\ncosts borne by the state.', '\ncosts borne by the state.\nwritten in English.');
        await parsed(after);
    });

    test('the formatter leaves it unchanged', async () => {
        expect(await formatEdits(text)).toEqual([]);
    });
});
