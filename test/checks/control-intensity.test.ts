import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../language/src/core/lint.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lint, testServices, findingsOfCheck } from '../helpers.js';

const ID = 'control-intensity';

interface Expected { line: number; covered: string; rules: number[] }

const findingsOf = (text: string) => findingsOfCheck(text, ID);

const HOME_CURFEW = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.
  requirement electronic monitoring, of the curfew, for length.
`;

/** Curfew 19:00-07:00 every day with monitoring of the curfew and weekly reporting, for six months: 41.4 points. */
const HEAVY = `in force for 6 months.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on every day.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting weekly.
`;

describe('control-intensity: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['the example community order for a moderate offence (18.5 of 35)', `order "P-1".
offence "Criminal damage", seriousness moderate.
in force for 12 months, reviewed every 6 months.
requirement unpaid work, 120 hours, completed within 12 months.
requirement supervision, reporting weekly at "Exeter Probation Office", for 6 months.
`],
        ['a heavy order for a serious offence (41.4 of 90)', `order "P-2".
offence "Burglary of a dwelling", seriousness serious.
${HEAVY}`],
        ['a heavy order with no stated seriousness (the missing-seriousness check speaks about it)', `order "P-3".
offence "Theft".
${HEAVY}`],
        ['a heavy order with no offence at all', `order "P-4".
${HEAVY}`],
        ['a light order for a minor offence (12 of 15)', `order "P-5".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 60 hours.
requirement supervision, reporting every 2 weeks, for 3 months.
`],
        ['exactly at the ceiling is not over it (15 of 15)', `order "P-6".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 150 hours.
`]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('control-intensity: failing orders', () => {
    const failing: Array<[string, string, Expected[], string]> = [
        ['curfew, monitoring and weekly reporting for a minor offence', `order "F-1".
offence "Shoplifting", seriousness minor.
${HEAVY}`, [{ line: 2, covered: 'minor', rules: [3, 22, 34] }],
        'Control burden 41.4 (curfew 21.9, monitoring 13, reporting 6.5) exceeds 15 for a minor offence'],
        ['the same order for a moderate offence', `order "F-2".
offence "Threatening behaviour", seriousness moderate.
${HEAVY}`, [{ line: 2, covered: 'moderate', rules: [3, 22, 34] }],
        'Control burden 41.4 (curfew 21.9, monitoring 13, reporting 6.5) exceeds 35 for a moderate offence'],
        ['the most serious stated offence sets the ceiling', `order "F-3".
offence "Shoplifting", seriousness minor.
offence "Threatening behaviour", seriousness moderate.
${HEAVY}`, [{ line: 3, covered: 'moderate', rules: [3, 22, 34] }],
        'Control burden 41.4 (curfew 21.9, monitoring 13, reporting 6.5) exceeds 35 for a moderate offence'],
        ['templates applied with arguments count with their bound values', `${HOME_CURFEW}
order "F-4".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "12 Acacia Road", start 20:00, length 4 months.
`, [{ line: 6, covered: 'minor', rules: [3, 22, 34] }],
        'Control burden 22.1 (curfew 13.4, monitoring 8.7) exceeds 15 for a minor offence'],
        ['a very serious offence with a year of long curfew, location monitoring and residential treatment', `order "F-5".
offence "Robbery", seriousness very serious.
in force for 12 months.
requirement curfew, at "1 Road", from 16:00 to 08:00, on every day.
requirement electronic monitoring, of location.
requirement drug treatment, provided by "Y", residential, for 3 months, consent informed and explicit, given.
requirement supervision, reporting twice a week.
`, [{ line: 2, covered: 'very serious', rules: [3, 22, 34] }],
        'Control burden 156.3 (curfew 58.4, monitoring 52.2, reporting 26.1, treatment 19.6) exceeds 150 for a very serious offence']
    ];
    it.each(failing)('%s', async (_name, text, expected, message) => {
        expect(await findingsOf(text)).toEqual(expected);
        const [finding] = (await lint(text)).filter(f => f.checkId === ID);
        expect(finding.message).toBe(`${message}: check that each control is needed and that together they stay in proportion to the offence (Rules 3, 22 and 34)`);
        expect(finding.severity).toBe('warning');
        expect(finding.fixes).toBeUndefined();
    });
});

describe(`${ID}: ceilings from the configuration`, () => {
    const ORDER = `order "C-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 120 hours.
requirement supervision, reporting weekly.
`;
    // 12 + 6.5 = 18.5: over the model's 15 for a minor offence.
    const MESSAGE = 'Control burden 18.5 (unpaid work 12, reporting 6.5) exceeds ';
    const TAIL = ' for a minor offence: check that each control is needed and that together they stay in proportion to the offence (Rules 3, 22 and 34)';

    async function messagesWith(ceilings: Record<string, number> | undefined): Promise<string[]> {
        const config = testServices().sanction.config;
        config.setOverrides(ceilings ? { ceilings } : {});
        try {
            return (await lint(ORDER)).filter(f => f.checkId === ID).map(f => f.message);
        } finally {
            config.setOverrides({});
        }
    }

    it('uses the model\'s ceiling when the configuration sets none for the level', async () => {
        expect(await messagesWith(undefined)).toEqual([`${MESSAGE}15${TAIL}`]);
        expect(await messagesWith({ moderate: 10 })).toEqual([`${MESSAGE}15${TAIL}`]);
    });

    it('uses a configured ceiling over the model\'s, and says it is the configured one', async () => {
        expect(await messagesWith({ minor: 20 })).toEqual([]);
        expect(await messagesWith({ minor: 18.5 })).toEqual([]);
        expect(await messagesWith({ minor: 10 })).toEqual([`${MESSAGE}10 (the configured ceiling)${TAIL}`]);
    });

    it('reads the ceilings of the nearest sanction.config.json above the order', async () => {
        const root = mkdtempSync(join(tmpdir(), 'sanction-ceilings-'));
        try {
            mkdirSync(join(root, 'strict'));
            mkdirSync(join(root, 'lenient'));
            writeFileSync(join(root, 'strict', 'sanction.config.json'), JSON.stringify({ ceilings: { minor: 10 } }));
            writeFileSync(join(root, 'lenient', 'sanction.config.json'), JSON.stringify({ ceilings: { minor: 25 } }));
            for (const folder of ['strict', 'lenient', '.']) {
                writeFileSync(join(root, folder, 'order.sanction'), ORDER);
            }
            const services = createSanctionCoreServices(NodeFileSystem).Sanction;
            const results = await lintFiles(services, ['strict', 'lenient', '.'].map(folder => URI.file(join(root, folder, 'order.sanction'))));
            expect(results.map(result => result.findings.filter(f => f.checkId === ID).map(f => f.message))).toEqual([
                [`${MESSAGE}10 (the configured ceiling)${TAIL}`],
                [],
                [`${MESSAGE}15${TAIL}`]
            ]);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
