import { describe, expect, it } from 'vitest';
import { findingsOfCheck } from '../helpers.js';

const ID = 'unknown-requirement-kind';

interface Expected { line: number; covered: string; rules: number[]; severity: string; message: string }

const findingsOf = (text: string, profile: string) => findingsOfCheck(text, ID, { severity: true, message: true, profile });

const ORDERS: Record<string, string> = {
    'every kind a profile may not know': `order "U-1".
offence "Theft", seriousness moderate.
in force for 12 months.
requirement supervision, reporting weekly.
requirement electronic monitoring, of location.
requirement no contact, with "Jane Doe".
requirement mediation, provided by "Victim Support".
requirement rehabilitation activity, 10 days.
requirement alcohol abstinence monitoring, 60 days.
requirement compensation, amount 200 EUR.
requirement unpaid work, 100 hours.
requirement curfew, at "1 Road", from 20:00 to 06:00.
condition "Attend the appointments the order sets".
`,
    'a template: where it is written and where it is applied': `template tagged(address: text):
  requirement curfew, at address, from 20:00 to 06:00, for 3 months.
  requirement electronic monitoring, of the curfew, for 3 months.

order "U-2".
in force for 6 months.
apply tagged with address "1 Road".
`
};

/**
 * Orders × profiles → the exact findings. `known: false` in the profile is a warning; a kind the
 * profile does not mention (France: mediation, rehabilitation activity, abstinence monitoring) is
 * information. `coe` knows every kind. Free-text conditions have no kind.
 */
const TABLE: Array<[string, string, Expected[]]> = [
    ["every kind a profile may not know", 'coe', []],
    ["every kind a profile may not know", 'england-wales', [
            { line: 4, covered: "supervision", rules: [14], severity: 'warning', message: "This supervision requirement is not one the law of England and Wales provides, according to the england-wales profile: the community order requirements table (s. 201; s. 287 for suspended sentence orders) has no supervision requirement; keeping in touch with the responsible officer is a general duty of the offender under the order (section not read) (Sentencing Act 2020, s. 201). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" },
            { line: 6, covered: "no contact", rules: [14], severity: 'warning', message: "This no contact requirement is not one the law of England and Wales provides, according to the england-wales profile: no requirement of this name in the s. 201 table; a contact ban would have to be framed as a prohibited activity requirement, an exclusion requirement or a separate order (not verified) (Sentencing Act 2020, s. 201). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" },
            { line: 7, covered: "mediation", rules: [14], severity: 'warning', message: "This mediation requirement is not one the law of England and Wales provides, according to the england-wales profile: not a community order requirement; restorative justice requirements exist only under a deferment order (s. 7) (Sentencing Act 2020, s. 201). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" },
            { line: 10, covered: "compensation", rules: [14], severity: 'warning', message: "This compensation requirement is not one the law of England and Wales provides, according to the england-wales profile: not a community order requirement; compensation is a separate order under Part 7 of the Code (section not verified) (Sentencing Act 2020, s. 201). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" }
    ]],
    ["every kind a profile may not know", 'france', [
            { line: 7, covered: "mediation", rules: [14], severity: 'info', message: "The france profile does not say whether the law of France provides a mediation requirement: check that the law provides it (Rule 14)" },
            { line: 8, covered: "rehabilitation activity", rules: [14], severity: 'info', message: "The france profile does not say whether the law of France provides a rehabilitation activity requirement: check that the law provides it (Rule 14)" },
            { line: 9, covered: "alcohol abstinence monitoring", rules: [14], severity: 'info', message: "The france profile does not say whether the law of France provides an alcohol abstinence monitoring requirement: check that the law provides it (Rule 14)" }
    ]],
    ["every kind a profile may not know", 'germany', [
            { line: 5, covered: "electronic monitoring", rules: [14], severity: 'warning', message: "This electronic monitoring requirement is not one the law of Germany provides, according to the germany profile: electronic monitoring of whereabouts exists only as a direction during Führungsaufsicht, under the strict conditions of § 68b(1) Satz 3; §§ 56b-56d provide none for a suspended sentence (StGB § 68b(1) Satz 1 Nr. 12). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" }
    ]],
    ["a template: where it is written and where it is applied", 'coe', []],
    ["a template: where it is written and where it is applied", 'england-wales', []],
    ["a template: where it is written and where it is applied", 'france', []],
    ["a template: where it is written and where it is applied", 'germany', [
            { line: 3, covered: "electronic monitoring", rules: [14], severity: 'warning', message: "This electronic monitoring requirement is not one the law of Germany provides, according to the germany profile: electronic monitoring of whereabouts exists only as a direction during Führungsaufsicht, under the strict conditions of § 68b(1) Satz 3; §§ 56b-56d provide none for a suspended sentence (StGB § 68b(1) Satz 1 Nr. 12). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" },
            { line: 7, covered: "tagged", rules: [14], severity: 'warning', message: "The electronic monitoring requirement brought in by 'tagged' is not one the law of Germany provides, according to the germany profile: electronic monitoring of whereabouts exists only as a direction during Führungsaufsicht, under the strict conditions of § 68b(1) Satz 3; §§ 56b-56d provide none for a suspended sentence (StGB § 68b(1) Satz 1 Nr. 12). The law has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one (Rule 14)" }
    ]]
];

describe(ID, () => {
    it.each(TABLE)('%s, under %s', async (name, profile, expected) => {
        expect(await findingsOf(ORDERS[name], profile)).toEqual(expected);
    });

    it('covers every order under every profile', () => {
        for (const name of Object.keys(ORDERS)) {
            expect(TABLE.filter(row => row[0] === name).map(row => row[1])).toEqual(['coe', 'england-wales', 'france', 'germany']);
        }
    });
});
