import { describe, expect, test } from 'vitest';
import { describeWithShared, readShared } from '../shared.js';
import { citationOf, foldsBySource, leaveOneSourceOut, meanOverFolds, NO_SOURCE, provenanceOf, sourceGroup, type Fold } from './folds.js';
import { score } from './scores.js';
import { buildReport, formatReport, parseTsv, type Row, type RowResult } from './vagueness.js';

/** A row result without linting: the verdict is given. */
function result(row: Row, predicted: 'vague' | 'precise', tuned = false): RowResult {
    return {
        ...row,
        language: row.lang ?? 'en',
        predicted,
        findings: predicted === 'vague' ? [{ checkId: 'vague-term', message: 'made up' }] : [],
        heldOut: false,
        sourceGroup: sourceGroup(row.source).group,
        provenance: provenanceOf(row.source),
        tuned
    };
}

/** A small TSV with a `predicted` column the harness ignores, turned into row results. */
function results(tsv: string, tuned = false): RowResult[] {
    const predicted = new Map(tsv.trim().split('\n').slice(1).map(line => line.split('\t')).map(cells => [cells[0], cells[4] as 'vague' | 'precise']));
    return parseTsv(tsv).rows.map(row => result(row, predicted.get(row.id)!, tuned));
}

const TSV = [
    'id\tlabel\ttext\tsource\tpredicted',
    'A1\tvague\tBe good.\tN.Y. Penal Law s 65.10(2)(b) [verbatim]\tvague',
    'A2\tprecise\tReport on Mondays at 10:00 at 3 High Street.\tN.Y. Penal Law s 65.10(2)(c) [verbatim]\tvague',
    'A3\tvague\tAvoid bad company.\tN.Y. Penal Law s 65.10(3)(a) [verbatim-recalled]\tprecise',
    'B1\tvague\tLive where directed.\tCode pénal (France) art 131-6 12° [adapted]\tvague',
    'B2\tprecise\tDo not enter Paris 8e.\tCode pénal (France) art 131-6 14° [adapted, fictitious facts]\tprecise',
    'C1\tprecise\tDo not drive.\t[constructed] fictitious name\tprecise',
    'C2\tprecise\tDo not fish.\t[constructed]\tprecise'
].join('\n');

describe('source folds: which jurisdiction a row cites', () => {
    test.each([
        ['Criminal Justice (Sentencing) (Licence Conditions) Order 2015 (SI 2015/337) art 3(2)(a) [verbatim]', 'England and Wales'],
        ['[constructed] after HMPPS licence-condition templates', 'England and Wales'],
        ['Criminal Procedure (Scotland) Act 1995 s 227W [constructed]', 'Scotland'],
        ['Probation of Offenders Act 1907 s 1(2) (Ireland) [verbatim-recalled, adapted]', 'Ireland'],
        ['State v. Bahl, 164 Wn.2d 739 (2008) [verbatim]', 'US: Washington'],
        ['[constructed] rewrite of the Bahl condition', 'US: Washington'],
        ['RCW 9.94A.703(3)(d) [verbatim]', 'US: Washington'],
        ['Fla. Stat. s 948.30(1)(b) [verbatim]', 'US: Florida'],
        ['MCL 771.3(1) (Michigan)(c) [verbatim-recalled]', 'US: Michigan'],
        ['Crimes (Sentencing Procedure) Act 1999 (NSW) s 89 [adapted]', 'Australia: New South Wales'],
        ['NZ Parole Act 2002 s 14(1) / Sentencing Act 2002 s 49 (same wording)(b) [verbatim]', 'New Zealand'],
        ['StGB (Austria) s 51(2) [adapted]', 'Austria'],
        ['Strafvollzugsgesetz (Austria) § 157c(2) Nr. 2 [verbatim catalogue wording, constructed use]', 'Austria'],
        ['StGB/CP (Switzerland) art 67b(3) [adapted]', 'Switzerland'],
        ['[constructed] after Code pénal suisse art 94 (règles de conduite)', 'Switzerland'],
        ['[constructed] after StGB § 56c', 'Germany'],
        ['JGG (Germany) s 10(1) Satz 3 Nr. 8 [adapted]', 'Germany'],
        ['Code pénal (France) art 131-36-2 3° [adapted]', 'France'],
        ['Loi du 29 juin 1964 (Belgium), probation conditions [adapted]', 'Belgium'],
        ['Ordonnance souveraine n° 3.960 (Monaco) art 3 [adapted]', 'Monaco'],
        ['[constructed] after Dutch special-condition practice (English gloss)', 'Netherlands'],
        ['[constructed]', NO_SOURCE],
        ['[constructed] fictitious address', NO_SOURCE],
        ['[constructed] written for this project to probe generalisation; labelled by the definitions of shared/data/README.md', NO_SOURCE],
        ['', NO_SOURCE]
    ])('%s → %s', (source, group) => {
        expect(sourceGroup(source)).toEqual({ group, mapped: true });
    });

    test('a citation no rule knows is a fold of its own, marked unmapped', () => {
        expect(sourceGroup('Criminal Code (Canada) s 732.1 [adapted]')).toEqual({ group: 'other: Criminal Code (Canada) s 732.1', mapped: false });
        expect(sourceGroup('[constructed] after Criminal Code (Canada) s 732.1')).toEqual({ group: 'other: after Criminal Code (Canada) s 732.1', mapped: false });
    });

    test('citation and provenance tag', () => {
        expect(citationOf('StGB (Austria) s 51(2) [adapted, fictitious venue]')).toBe('StGB (Austria) s 51(2)');
        expect(provenanceOf('StGB (Austria) s 51(2) [verbatim catalogue, adapted]')).toBe('verbatim');
        expect(provenanceOf('N.Y. Penal Law s 65.10(3)(a) [verbatim-recalled]')).toBe('verbatim-recalled');
        expect(provenanceOf('[constructed] fictitious name')).toBe('constructed');
        expect(provenanceOf('no tag')).toBe('(none)');
    });
});

describe('leave-one-source-out on a small in-memory TSV', () => {
    test('one fold per jurisdiction, each scored on its own rows; the uncited rows last', () => {
        const folds = foldsBySource(results(TSV));
        expect(folds.map(f => [f.source, f.scores.n])).toEqual([['France', 2], ['US: New York', 3], [NO_SOURCE, 2]]);
        const ny = folds[1];
        expect(ny.scores).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0 });
        expect(ny.precision).toBeCloseTo(0.5);
        expect(ny.recall).toBeCloseTo(0.5);
        expect(folds[0]).toMatchObject({ precision: 1, recall: 1, tunedRows: 0 });
    });

    test('a fold with no finding has no precision, a fold with no vague row no recall; neither counts as 0', () => {
        const uncited = foldsBySource(results(TSV)).find(f => f.source === NO_SOURCE)!;
        expect(uncited.scores).toMatchObject({ n: 2, tn: 2 });
        expect(uncited.precision).toBeUndefined();
        expect(uncited.recall).toBeUndefined();
        const mean = leaveOneSourceOut(results(TSV)).mean;
        expect(mean).toMatchObject({ folds: 3, foldsWithPrecision: 2, foldsWithRecall: 2 });
        expect(mean.precision).toBeCloseTo((1 + 0.5) / 2);
        expect(mean.recall).toBeCloseTo((1 + 0.5) / 2);
        expect(mean.worstPrecision).toEqual({ source: 'US: New York', value: 0.5 });
    });

    test('the mean is unweighted: a fold of one row counts as much as a fold of many', () => {
        const fold = (source: string, precision: number, recall: number, n: number): Fold =>
            ({ source, precision, recall, tunedRows: 0, scores: { ...score([]), n } });
        const mean = meanOverFolds([fold('big', 0.9, 0.8, 100), fold('small', 0.5, 0.4, 1)]);
        expect(mean.precision).toBeCloseTo(0.7);
        expect(mean.recall).toBeCloseTo(0.6);
        expect(meanOverFolds([])).toMatchObject({ precision: undefined, recall: undefined, folds: 0 });
    });

    test('rows from a tuned-on file are counted per fold; the report says tuned, partly or not', () => {
        const seen = results(TSV, true);
        const unseen = results(TSV.replace(/\nA1\t/, '\nZ1\t').split('\n').filter(line => !line.startsWith('B')).join('\n'));
        const together = buildReport([...seen, ...unseen]);
        expect(together.tuned.on).toBe('partly');
        expect(together.bySource.folds.map(f => [f.source, f.tunedRows, f.scores.n])).toEqual([['France', 2, 2], ['US: New York', 3, 6], [NO_SOURCE, 2, 4]]);
        expect(buildReport(seen).tuned.on).toBe(true);
        expect(buildReport(unseen).tuned.on).toBe(false);
        const text = formatReport(together, { rows: false });
        expect(text).toMatch(/PARTLY TUNED ON: 7 of these 12 rows/);
        expect(text).toMatch(/US: New York +n= {3}6 .*tuned-on rows 3\/6/);
        expect(text).toMatch(/mean over folds +P 0\.750 over 2 folds; 1 fold\(s\) with no finding left out/);
        expect(formatReport(buildReport(seen))).toMatch(/^TUNED ON: the checks were tuned on this file/m);
        expect(formatReport(buildReport(unseen))).toMatch(/^NOT TUNED ON/m);
    });

    test('unmapped citations are listed in the report', () => {
        const report = buildReport([result({ id: 'X', label: 'vague', text: 'Be good.', source: 'Criminal Code (Canada) s 732.1 [adapted]' }, 'vague')]);
        expect(report.unmappedSources).toEqual(['other: Criminal Code (Canada) s 732.1']);
        expect(formatReport(report)).toMatch(/1 citation\(s\) map to no jurisdiction/);
    });
});

describeWithShared('source folds of the development sets', ['data/conditions-dev.tsv', 'data/conditions-dev-2.tsv'],
    'The source-fold mapping of the development sets (test/eval/folds.test.ts)', () => {
        test.each(['data/conditions-dev.tsv', 'data/conditions-dev-2.tsv'])('every citation of %s maps to a jurisdiction', file => {
            const { rows } = parseTsv(readShared(file));
            expect(rows.filter(row => !sourceGroup(row.source).mapped).map(row => `${row.id}: ${row.source}`)).toEqual([]);
        });
    });
