import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../language/src/core/lint.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { describeCheck } from '../check-tester.js';

/**
 * The model's ceilings (burden-calibration.json): 10, 47, 125 and 155 points for a minor, moderate,
 * serious and very serious offence, under `england-wales` (calibrated on the Sentencing Council's
 * Imposition guideline) and under `coe` (derived the same way), which france and germany use. The
 * packages of the guideline's table are pinned level by level in test/model/calibration.test.ts.
 */
const ID = 'control-intensity';

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

/** The same with 100 hours of unpaid work: 51.4 points, over the moderate ceiling of 47. */
const HEAVIER = `${HEAVY}requirement unpaid work, 100 hours.
`;

/**
 * An ordinary England and Wales community order for a moderate offence: unpaid work, a monitored
 * curfew and rehabilitation activity, each of a size the guideline's medium level describes
 * (12 + 14.6 + 6.5 + 10 = 43.1 points). The old hand-set ceiling of 35 flagged it.
 */
const ORDINARY = (seriousness: string) => `order "E-1", community order.
offence "Criminal damage", seriousness ${seriousness}.
in force for 12 months.
requirement unpaid work, 120 hours, completed within 12 months.
requirement curfew, at "1 Station Road", from 16:00 to 08:00, on every day, for 3 months.
requirement electronic monitoring, of the curfew, for 3 months.
requirement rehabilitation activity, 20 days.
`;

const TAIL = 'Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer the person\'s needs and risks: ' +
    'consider lightening the heaviest control, e.g. `from 21:00 to 06:00, for 3 months` for a curfew, or give the reason each control is needed (Rules 3, 22 and 60)';
const COE_MINOR = 'derived from the low level of the England and Wales Imposition guideline, as the Rules give no figures';
const EW_MINOR = 'calibrated on the low level of the Sentencing Council\'s Imposition guideline';
const EW_MODERATE = 'calibrated on the medium level of the Sentencing Council\'s Imposition guideline';

/** 120 hours and six months of weekly reporting for a minor offence: 12 + 6.5 = 18.5 points. */
const CONFIGURED = `order "C-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 120 hours.
requirement supervision, reporting weekly.
`;

describeCheck(ID, {
    valid: [
        { name: 'the example community order for a moderate offence (18.5 of 47)', code: `order "P-1".
offence "Criminal damage", seriousness moderate.
in force for 12 months, reviewed every 6 months.
requirement unpaid work, 120 hours, completed within 12 months.
requirement supervision, reporting weekly at "Exeter Probation Office", for 6 months.
` },
        { name: 'a heavy order for a serious offence (41.4 of 125)', code: `order "P-2".
offence "Burglary of a dwelling", seriousness serious.
${HEAVY}` },
        { name: 'a heavy order for a moderate offence (41.4 of 47)', code: `order "P-3".
offence "Threatening behaviour", seriousness moderate.
${HEAVY}` },
        { name: 'a heavy order with no stated seriousness (the missing-seriousness check speaks about it)', code: `order "P-4".
offence "Theft".
${HEAVY}` },
        { name: 'a heavy order with no offence at all', code: `order "P-5".
${HEAVY}` },
        { name: 'a light order for a minor offence (7.6 of 10)', code: `order "P-6".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 60 hours.
requirement supervision, reporting every 2 weeks, for 3 months.
` },
        { name: 'exactly at the ceiling is not over it (10 of 10)', code: `order "P-7".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement unpaid work, 100 hours.
` },
        { name: 'the ordinary England and Wales order for a moderate offence, under england-wales (43.1 of 47)', config: { profile: 'england-wales' }, code: ORDINARY('moderate') },
        { name: 'the same order under coe', config: { profile: 'coe' }, code: ORDINARY('moderate') },
        { name: 'the same order under france, which uses the coe ceilings', config: { profile: 'france' }, code: ORDINARY('moderate') },
        { name: 'a configured ceiling above the burden (18.5 of 20)', config: { ceilings: { minor: 20 } }, code: CONFIGURED },
        { name: 'a configured ceiling equal to the burden (18.5 of 18.5)', config: { ceilings: { minor: 18.5 } }, code: CONFIGURED }
    ],
    invalid: [
        { name: 'curfew, monitoring and weekly reporting for a minor offence', code: `order "F-1".
offence "Shoplifting", seriousness minor.
${HEAVY}`, findings: [{
            messageId: 'overModel', range: '2:36-2:41', rules: [3, 22, 60], covered: 'minor', severity: 'warning',
            message: `The controls add up to 41.4 points (curfew 21.9, monitoring 13, reporting 6.5), above the model's ceiling of 10 for a minor offence (${COE_MINOR}); ${TAIL}`
        }] },
        { name: 'the same order with 100 hours of unpaid work for a moderate offence', code: `order "F-2".
offence "Threatening behaviour", seriousness moderate.
${HEAVIER}`, findings: [{
            messageId: 'overModel', range: '2:46-2:54', rules: [3, 22, 60], covered: 'moderate',
            message: 'The controls add up to 51.4 points (curfew 21.9, monitoring 13, unpaid work 10, reporting 6.5), above the model\'s ceiling of 47 for a moderate offence ' +
                `(derived from the medium level of the England and Wales Imposition guideline, as the Rules give no figures); ${TAIL}`
        }] },
        { name: 'the most serious stated offence sets the ceiling', code: `order "F-3".
offence "Shoplifting", seriousness minor.
offence "Threatening behaviour", seriousness moderate.
${HEAVIER}`, findings: [{ messageId: 'overModel', range: '3:46-3:54', rules: [3, 22, 60], covered: 'moderate' }] },
        { name: 'templates applied with arguments count with their bound values', code: `${HOME_CURFEW}
order "F-4".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "12 Acacia Road", start 20:00, length 4 months.
`, findings: [{
            messageId: 'overModel', range: '6:36-6:41', rules: [3, 22, 60], covered: 'minor',
            message: `The controls add up to 22.1 points (curfew 13.4, monitoring 8.7), above the model's ceiling of 10 for a minor offence (${COE_MINOR}); ${TAIL}`
        }] },
        { name: 'a very serious offence with a year of long curfew, location monitoring and residential treatment', code: `order "F-5".
offence "Robbery", seriousness very serious.
in force for 12 months.
requirement curfew, at "1 Road", from 16:00 to 08:00, on every day.
requirement electronic monitoring, of location.
requirement drug treatment, provided by "Y", residential, for 3 months, consent informed and explicit, given.
requirement supervision, reporting twice a week.
`, findings: [{
            messageId: 'overModel', range: '2:32-2:44', rules: [3, 22, 60], covered: 'very serious',
            message: 'The controls add up to 156.3 points (curfew 58.4, monitoring 52.2, reporting 26.1, treatment 19.6), above the model\'s ceiling of 155 for a very serious offence ' +
                `(derived from the whole high level of the England and Wales Imposition guideline, as the Rules give no figures); ${TAIL}`
        }] },
        { name: 'under england-wales, the ordinary moderate order for a minor offence', config: { profile: 'england-wales' }, code: ORDINARY('minor'), findings: [{
            messageId: 'overModel', range: '2:40-2:45', rules: [3, 22, 60], covered: 'minor',
            message: `The controls add up to 43.1 points (curfew 14.6, unpaid work 12, rehabilitation activity 10, monitoring 6.5), above the model's ceiling of 10 for a minor offence (${EW_MINOR}); ${TAIL}`
        }] },
        { name: 'under england-wales, the heavier order for a moderate offence', config: { profile: 'england-wales' }, code: `order "F-6".
offence "Threatening behaviour", seriousness moderate.
${HEAVIER}`, findings: [{
            messageId: 'overModel', range: '2:46-2:54', rules: [3, 22, 60],
            message: `The controls add up to 51.4 points (curfew 21.9, monitoring 13, unpaid work 10, reporting 6.5), above the model's ceiling of 47 for a moderate offence (${EW_MODERATE}); ${TAIL}`
        }] },
        { name: 'under germany, the coe ceilings', config: { profile: 'germany' }, code: `order "F-7".
offence "Shoplifting", seriousness minor.
${HEAVY}`, findings: [{ messageId: 'overModel', range: '2:36-2:41', rules: [3, 22, 60] }] },
        { name: 'a configured ceiling over the model\'s, named as the configuration\'s', config: { ceilings: { minor: 12 } }, code: CONFIGURED, findings: [{
            messageId: 'overConfigured', range: '2:36-2:41', rules: [3, 22, 60], covered: 'minor', severity: 'warning',
            message: 'The controls add up to 18.5 points (unpaid work 12, reporting 6.5), above the ceiling of 12 that sanction.config.json sets on the model\'s points for a minor offence; ' +
                TAIL
        }] },
        { name: 'a configured ceiling for another level leaves the model\'s', config: { ceilings: { moderate: 5 } }, code: CONFIGURED, findings: [{
            messageId: 'overModel', range: '2:36-2:41', rules: [3, 22, 60],
            message: `The controls add up to 18.5 points (unpaid work 12, reporting 6.5), above the model's ceiling of 10 for a minor offence (${COE_MINOR}); ${TAIL}`
        }] },
        { name: 'a configured ceiling under england-wales', config: { profile: 'england-wales', ceilings: { minor: 15 } }, code: CONFIGURED, findings: [{
            messageId: 'overConfigured', range: '2:36-2:41', rules: [3, 22, 60]
        }] }
    ]
});

describe(`${ID}: ceilings of the nearest sanction.config.json`, () => {
    const head = 'The controls add up to 18.5 points (unpaid work 12, reporting 6.5), above ';

    it('reads the ceilings and the profile of the nearest sanction.config.json above the order', async () => {
        const root = mkdtempSync(join(tmpdir(), 'sanction-ceilings-'));
        try {
            for (const folder of ['strict', 'lenient', 'england-wales']) {
                mkdirSync(join(root, folder));
            }
            writeFileSync(join(root, 'strict', 'sanction.config.json'), JSON.stringify({ ceilings: { minor: 12 } }));
            writeFileSync(join(root, 'lenient', 'sanction.config.json'), JSON.stringify({ ceilings: { minor: 25 } }));
            writeFileSync(join(root, 'england-wales', 'sanction.config.json'), JSON.stringify({ profile: 'england-wales' }));
            const folders = ['strict', 'lenient', 'england-wales', '.'];
            for (const folder of folders) {
                writeFileSync(join(root, folder, 'order.sanction'), CONFIGURED);
            }
            const services = createSanctionCoreServices(NodeFileSystem).Sanction;
            const results = await lintFiles(services, folders.map(folder => URI.file(join(root, folder, 'order.sanction'))));
            expect(results.map(result => result.findings.filter(f => f.checkId === ID).map(f => f.message))).toEqual([
                [`${head}the ceiling of 12 that sanction.config.json sets on the model's points for a minor offence; ${TAIL}`],
                [],
                [`${head}the model's ceiling of 10 for a minor offence (${EW_MINOR}); ${TAIL}`],
                [`${head}the model's ceiling of 10 for a minor offence (${COE_MINOR}); ${TAIL}`]
            ]);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
