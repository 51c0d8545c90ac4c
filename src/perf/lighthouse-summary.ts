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
