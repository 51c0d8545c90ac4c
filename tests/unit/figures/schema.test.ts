import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseDataset } from '../../../src/figures/load.ts';

/** A small valid data file; each test breaks one thing. */
function file(overrides: Record<string, unknown> = {}) {
  return {
    id: 'sample',
    theme: 'requests',
    period: '2023-24',
    source: { doc: 'local-account-2024', section: 'Key facts and figures' },
    publisher: 'Leicester City Council',
    units: 'people',
    rowHeader: 'request-led-to',
    columns: [{ id: 'age-18-64' }, { id: 'share', unit: 'percent' }],
    rows: [
      { id: 'information-advice', values: { 'age-18-64': '1,947', share: '61.21%' } },
      { id: 'equipment-adaptations', values: { 'age-18-64': 219, share: '7%' } },
    ],
    totals: [{ values: { 'age-18-64': '2,166' } }],
    ...overrides,
  };
}
const parse = (data: unknown, name = 'content/figures/sample.yaml') => parseDataset(name, stringify(data));

describe('the data file schema', () => {
  it('reads figures as printed, keeping their decimals and plain digits', () => {
    const dataset = parse(file());
    const [first] = dataset.rows;
    expect(first?.cells).toEqual([
      { kind: 'number', printed: '1,947', value: 1947, decimals: 0, plain: '1947' },
      { kind: 'number', printed: '61.21%', value: 61.21, decimals: 2, plain: '61.21' },
    ]);
    expect(dataset.rows[1]?.cells[0]).toMatchObject({ printed: '219', value: 219 });
    expect(dataset.columns.map((c) => [c.label, c.unit])).toEqual([['age-18-64', 'people'], ['share', 'percent']]);
    expect(dataset.totals[0]?.cells[1]).toBeNull();
  });

  it.each([
    ['a percentage without its sign', { 'age-18-64': '1,947', share: '61' }, /"61" is not a figure in percent/],
    ['a count with a stray letter', { 'age-18-64': '1,947x', share: '7%' }, /"1,947x" is not a figure in people/],
    ['a count with Indian grouping', { 'age-18-64': '1,94,700', share: '7%' }, /"1,94,700" is not a figure in people/],
  ])('rejects %s, saying which cell', (_name, values, error) => {
    const data = file({ rows: [{ id: 'information-advice', values }] });
    expect(() => parse(data)).toThrow(error);
    expect(() => parse(data)).toThrow(/^content\/figures\/sample\.yaml: rows\.0\.values/);
  });

  it('rejects a rank with the wrong ending', () => {
    const data = file({
      units: 'rank',
      columns: [{ id: 'rank', outOf: 152 }],
      rows: [{ id: 'information-advice', values: { rank: '114st' } }],
      totals: [],
    });
    expect(() => parse(data)).toThrow(/"114st" is not a figure in rank/);
  });

  it('rejects a rank without how many councils were ranked', () => {
    const data = file({ units: 'rank', columns: [{ id: 'rank' }], rows: [{ id: 'information-advice', values: { rank: '114th' } }], totals: [] });
    expect(() => parse(data)).toThrow(/ranks need outOf/);
  });

  it('rejects a row with a figure missing or an unknown column', () => {
    expect(() => parse(file({ rows: [{ id: 'information-advice', values: { 'age-18-64': '1' } }], totals: [] }))).toThrow(/has no figure for column "share"/);
    expect(() => parse(file({ rows: [{ id: 'information-advice', values: { 'age-18-64': '1', share: '1%', extra: '2' } }], totals: [] }))).toThrow(/"extra", which is not a column/);
  });

  it('refuses a total for percentages, which do not add up', () => {
    expect(() => parse(file({ totals: [{ values: { share: '68.21%' } }] }))).toThrow(/column "share" cannot have a total/);
  });

  it('checks the publisher against the source document', () => {
    expect(() => parse(file({ publisher: 'Care Quality Commission' }))).toThrow(/the publisher of local-account-2024 is "Leicester City Council"/);
  });

  it('wants the id to be the file name', () => {
    expect(() => parse(file(), 'content/figures/other.yaml')).toThrow(/id is "sample" but the file is called other\.yaml/);
  });

  it('checks comparisons and charts name real columns of the right kind', () => {
    expect(() => parse(file({ comparison: { current: 'age-18-64', previous: 'nope' } }))).toThrow(/comparison\.previous: "nope" is not a column/);
    expect(() => parse(file({ comparison: { current: 'age-18-64', previous: 'share' } }))).toThrow(/need a period each/);
    const text = file({ columns: [{ id: 'age-18-64' }, { id: 'share', unit: 'text' }], rows: [{ id: 'information-advice', values: { 'age-18-64': '1', share: 'requires-improvement' } }], totals: [], chart: { columns: ['share'] } });
    expect(() => parse(text)).toThrow(/holds words or ranks/);
  });

  it('rejects an unknown theme, unit or source document', () => {
    expect(() => parse(file({ theme: 'weather' }))).toThrow(/theme/);
    expect(() => parse(file({ units: 'apples' }))).toThrow(/units/);
    expect(() => parse(file({ source: { doc: 'a-blog', section: 'x' } }))).toThrow(/source\.doc/);
  });
});

describe('a data file title', () => {
  it('is the id unless the file names one, so next year can keep last year\'s words', () => {
    expect(parse(file()).title).toBe('sample');
    expect(parse(file({ title: 'new-requests' })).title).toBe('new-requests');
  });
});
