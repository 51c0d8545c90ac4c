/** The parts of a Lighthouse result this project reads (a small subset of LH.Result). */
export interface LighthouseResult {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  /** Lighthouse's measure of how fast the machine's processor was during the run (higher is faster). */
  environment?: { benchmarkIndex?: number };
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits that count towards a score and did not pass, per category: why a score is below 100. */
  shortfalls: string[];
}

export function summarize(lhr: LighthouseResult): PageScores {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  ) as PageScores['scores'];
  const shortfalls: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      shortfalls.push(`${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [${ref.id}, score ${Math.round(audit.score * 100)}]`);
    }
  }
  return { scores, shortfalls };
}

/**
 * Several runs of one page, as Lighthouse's own guidance on variability advises: the median of
 * each score, the lowest and highest performance, and the shortfalls of the median run.
 */
export function medianOfRuns(runs: readonly PageScores[]): PageScores & { performanceRange: [number, number] | null } {
  if (runs.length === 0) throw new Error('No Lighthouse runs to summarize');
  const medianOf = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  };
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const values = runs.map((r) => r.scores[c]).filter((v): v is number => v !== null);
      return [c, values.length ? medianOf(values) : null];
    }),
  ) as PageScores['scores'];
  const performance = runs.map((r) => r.scores.performance).filter((v): v is number => v !== null);
  const middle = runs.find((r) => r.scores.performance === scores.performance) ?? runs[0]!;
  return {
    scores,
    shortfalls: middle.shortfalls,
    performanceRange: performance.length ? [Math.min(...performance), Math.max(...performance)] : null,
  };
}
