import { scaled, type NumericFigure } from './figure.ts';
import type { Dataset } from './schema.ts';

/** One printed total checked against the rows above it. */
export interface TotalCheck {
  /** The total's label key (`row.<label>`). */
  total: string;
  column: string;
  stated: NumericFigure;
  /** What the rows add up to, written with the same decimals as the stated total. */
  sum: { value: number; plain: string; decimals: number };
  matches: boolean;
  /** Why the source's total is published anyway (note key), when the data file records it. */
  knownDifference: string | undefined;
}

/** Adds up every column that has a printed total. Exact: figures are summed as whole numbers of their smallest unit. */
export function checkTotals(dataset: Dataset): TotalCheck[] {
  const checks: TotalCheck[] = [];
  for (const total of dataset.totals) {
    dataset.columns.forEach((column, c) => {
      const stated = total.cells[c];
      if (!stated || stated.kind !== 'number') return;
      const figures = dataset.rows.map((row) => row.cells[c]).filter((f): f is NumericFigure => f?.kind === 'number');
      const decimals = Math.max(stated.decimals, ...figures.map((f) => f.decimals));
      const sum = figures.reduce((acc, f) => acc + scaled(f, decimals), 0n);
      const plain = decimals ? `${sum / 10n ** BigInt(decimals)}.${(sum % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}` : String(sum);
      checks.push({
        total: total.label,
        column: column.id,
        stated,
        sum: { value: Number(plain), plain, decimals },
        matches: sum === scaled(stated, decimals),
        knownDifference: total.knownDifference?.reason,
      });
    });
  }
  return checks;
}

/**
 * What is wrong with a data file's totals, as messages naming the file, the total and
 * the column. A total that does not add up is an error unless the file records the
 * difference; a recorded difference that no longer exists is an error too, so the
 * page never explains a problem that has gone.
 */
export function totalProblems(file: string, dataset: Dataset): string[] {
  const checks = checkTotals(dataset);
  const problems: string[] = [];
  for (const check of checks) {
    if (!check.matches && !check.knownDifference) {
      problems.push(
        `${file}: the total "${check.total}" in column "${check.column}" is ${check.stated.printed}, but the rows add up to ${check.sum.plain}. ` +
          'Check the figures against the source. If the source itself does not add up, record it with knownDifference: { reason: <note id> }.',
      );
    }
  }
  for (const total of dataset.totals) {
    const own = checks.filter((c) => c.total === total.label);
    if (total.knownDifference && own.every((c) => c.matches)) {
      problems.push(`${file}: the total "${total.label}" records a knownDifference, but every column adds up. Remove knownDifference.`);
    }
  }
  return problems;
}
