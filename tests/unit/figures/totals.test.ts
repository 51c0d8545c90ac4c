import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/figures/load.ts';
import { checkTotals } from '../../../src/figures/totals.ts';
import { buildTable } from '../../../src/figures/table.ts';
import { fixtures } from './helpers.ts';

describe('stated totals', () => {
  it('stops the build when a total does not add up, naming the file, the total and the column', () => {
    let message = '';
    try {
      loadDatasets(fixtures('mismatch'));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('mismatched-total.yaml');
    expect(message).toContain('"total" in column "age-18-64" is 4,536, but the rows add up to 4563');
    // The other column adds up, so it is not blamed.
    expect(message).not.toContain('age-65-plus');
  });

  it('accepts a difference the data file records, and the page says it plainly with both numbers', () => {
    const [dataset] = loadDatasets(fixtures('known-difference'));
    if (!dataset) throw new Error('fixture not loaded');
    const checks = checkTotals(dataset);
    const wrong = checks.filter((c) => !c.matches);
    expect(wrong.map((c) => [c.column, c.sum.plain, c.stated.printed])).toEqual([['age-18-64', '2166', '2,165']]);
    const view = buildTable(dataset, 'en');
    expect(view.differences).toHaveLength(1);
    const text = view.differences[0]?.text ?? '';
    expect(text).toContain('2,166');
    expect(text).toContain('2,165');
    expect(text).toContain('Aged 18 to 64');
    expect(text).toContain("The report's own figures do not add up");
  });

  it('stops the build when a recorded difference has gone, so pages never explain a problem that is not there', () => {
    expect(() => loadDatasets(fixtures('stale-difference'))).toThrow(/stale-difference\.yaml: the total "total" records a knownDifference, but every column adds up/);
  });

  it('adds money with pence exactly', () => {
    const [dataset] = loadDatasets(fixtures('decimals'));
    if (!dataset) throw new Error('fixture not loaded');
    expect(checkTotals(dataset).map((c) => [c.sum.plain, c.matches])).toEqual([['0.30', true]]);
  });

  it('finds every total in the published data files adds up', () => {
    const checks = loadDatasets().flatMap((d) => checkTotals(d).map((c) => ({ id: d.id, ...c })));
    // Requests, long-term (two tables), short-term, spend (two tables): 11 printed totals.
    expect(checks.length).toBe(11);
    expect(checks.filter((c) => !c.matches)).toEqual([]);
  });
});
