/**
 * The calibration of the control-burden ceilings (language/src/model/burden-calibration.json,
 * docs/proportionality.md "Calibration").
 *
 * For each calibrated profile, every package (a combination of requirements the guideline's table
 * describes at one of its levels) is pinned as within the model's ceiling for the seriousness its
 * level maps onto, and as over the ceiling one seriousness level below (the low level maps onto
 * `minor`, the bottom of the scale, so it has no level below). Every ceiling is re-derived from its
 * packages: the burden of the heaviest one, rounded up to a whole point. Profiles without a
 * calibration of their own (france, germany) use coe's.
 */
import { describe, expect, it } from 'vitest';
import type { Order, SanctionFile } from '../../language/src/generated/ast.js';
import { lintText } from '../../language/src/core/lint.js';
import {
    BURDEN_CALIBRATION, BURDEN_WEIGHTS, calibrationFor, controlBurden, modelCeiling, type CalibrationPackage, type CalibrationSource, type Seriousness
} from '../../language/src/model/burden.js';
import { lintUnder, testServices } from '../helpers.js';

const LEVELS: Seriousness[] = ['minor', 'moderate', 'serious', 'very serious'];
const below = (level: Seriousness): Seriousness | undefined => LEVELS[LEVELS.indexOf(level) - 1];

function orderOf(pkg: CalibrationPackage, seriousness: Seriousness): string {
    return `order "CAL-${pkg.id}".\noffence "Calibration offence", seriousness ${seriousness}.\nin force for 12 months.\n${pkg.requirements.map(r => r.line).join('\n')}\n`;
}

async function burdenOf(pkg: CalibrationPackage): Promise<number> {
    const { document, findings } = await lintText(testServices(), orderOf(pkg, pkg.seriousness));
    expect(findings.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference'), pkg.id).toEqual([]);
    const order = (document.parseResult.value as SanctionFile).elements.find((e): e is Order => e.$type === 'Order')!;
    return controlBurden(order).total;
}

async function controlIntensity(text: string, profile: string) {
    return (await lintUnder(text, profile)).filter(f => f.checkId === 'control-intensity');
}

const PACKAGES = calibrationFor('england-wales').packages;

describe('the packages of the Sentencing Council\'s table, level by level', () => {
    const cases = ['england-wales', 'coe', 'france', 'germany'].flatMap(profile =>
        calibrationFor(profile).packages.map(pkg => [`${profile}: ${pkg.id} (${pkg.level}, ${pkg.seriousness})`, profile, pkg] as const));

    it('has packages for every level of the table, each mapped onto the scale', () => {
        expect(new Set(PACKAGES.map(p => p.seriousness))).toEqual(new Set(LEVELS));
        expect(new Set(PACKAGES.map(p => p.level))).toEqual(new Set(['low', 'medium', 'high']));
        const mapping = BURDEN_CALIBRATION.profiles['england-wales'].mapping!;
        expect(Object.keys(mapping)).toEqual(LEVELS);
        for (const pkg of PACKAGES) {
            expect(mapping[pkg.seriousness].level.startsWith(pkg.level), pkg.id).toBe(true);
        }
        expect(calibrationFor('coe').packages).toBe(PACKAGES);
    });

    it.each(cases)('%s: within the ceiling of its level, over the ceiling one level below', async (_name, profile, pkg) => {
        expect(await controlIntensity(orderOf(pkg, pkg.seriousness), profile)).toEqual([]);
        const lower = below(pkg.seriousness);
        if (lower) {
            const findings = await controlIntensity(orderOf(pkg, lower), profile);
            expect(findings.map(f => [f.messageId, f.range.start.line])).toEqual([['overModel', 1]]);
            expect(findings[0].message).toContain(`above the model's ceiling of ${modelCeiling(lower, profile)!.value} for a ${lower} offence`);
        }
    });
});

describe('the ceilings', () => {
    it.each(['england-wales', 'coe'])('%s: each is the heaviest package of its level, rounded up to a whole point', async profile => {
        const calibration = calibrationFor(profile);
        for (const level of LEVELS) {
            const packages = calibration.packages.filter(p => p.seriousness === level);
            const burdens = await Promise.all(packages.map(burdenOf));
            const ceiling = calibration.ceilings[level];
            expect(ceiling.value, `${profile} ${level}`).toBe(Math.ceil(Math.max(...burdens)));
            expect(ceiling.derivedFrom, `${profile} ${level}`).toEqual(packages.map(p => p.id));
        }
    });

    it('are 10, 47, 125 and 155, the same for coe, which is derived the same way', () => {
        for (const profile of ['england-wales', 'coe']) {
            expect(LEVELS.map(level => calibrationFor(profile).ceilings[level].value)).toEqual([10, 47, 125, 155]);
        }
        expect(BURDEN_CALIBRATION.profiles.coe.derivedFrom).toBe('england-wales');
    });

    it('leave the lightest package of each level above the ceiling of the level below', async () => {
        const burdens = new Map(await Promise.all(PACKAGES.map(async p => [p.id, await burdenOf(p)] as const)));
        for (const level of LEVELS.slice(1)) {
            const lightest = Math.min(...PACKAGES.filter(p => p.seriousness === level).map(p => burdens.get(p.id)!));
            expect(lightest, level).toBeGreaterThan(calibrationFor('england-wales').ceilings[below(level)!].value);
        }
    });
});

describe('the sources', () => {
    const sources = PACKAGES.flatMap(pkg => [pkg.shape, ...pkg.requirements.flatMap(r => [r.source, r.alsoFrom, r.reading])])
        .filter((s): s is CalibrationSource => s !== undefined);

    it('every figure of every package carries its source', () => {
        for (const pkg of PACKAGES) {
            for (const requirement of pkg.requirements) {
                expect(requirement.figure, pkg.id).toBeTruthy();
                expect(requirement.source, `${pkg.id}: ${requirement.line}`).toBeDefined();
            }
        }
    });

    it('a guideline source names the guideline, its section, its address and its date; an unverified one says why', () => {
        for (const source of sources) {
            expect(typeof source.verified).toBe('boolean');
            expect(source.guideline ?? source.law ?? source.by, JSON.stringify(source)).toBeTruthy();
            if (source.guideline) {
                expect([source.section, source.url, source.date].every(Boolean), JSON.stringify(source)).toBe(true);
                expect(source.url).toMatch(/^https:\/\/www\.sentencingcouncil\.org\.uk\//);
            }
            if (!source.verified) {
                expect(source.note, JSON.stringify(source)).toBeTruthy();
            }
        }
    });

    it('a figure read from the table quotes the table\'s words', () => {
        const fromTable = sources.filter(s => s.section?.includes('community order levels'));
        expect(fromTable.length).toBeGreaterThan(0);
        for (const source of fromTable) {
            expect(source.tableText, JSON.stringify(source)).toBeTruthy();
        }
    });
});

describe('the weight of the monitoring of an exclusion', () => {
    it('is calibrated so that a monitored exclusion weighs about the unpaid work of the same level', async () => {
        expect(BURDEN_WEIGHTS.electronicMonitoring.perWeekByTarget.exclusion).toBe(0.325);
        const burden = async (id: string) => burdenOf(PACKAGES.find(p => p.id === id)!);
        for (const [exclusion, unpaid] of [['low-exclusion', 'low-unpaid-work'], ['medium-exclusion', 'medium-unpaid-work']]) {
            const ratio = (await burden(exclusion)) / (await burden(unpaid));
            expect(ratio, exclusion).toBeGreaterThan(0.9);
            expect(ratio, exclusion).toBeLessThanOrEqual(1.05);
        }
    });
});
