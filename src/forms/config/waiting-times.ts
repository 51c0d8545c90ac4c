/**
 * The published waiting figures the forms quote, exactly as the sources give them, with
 * their date. Next year's figures replace these; the words around them are in forms.json.
 */
export const waitingTimes = {
  /** Local account 2024, "People waiting for an assessment at the end of March 2024". */
  assessmentsMarch2024: {
    date: '2024-03-31',
    waiting: 2101,
    waitedOverSixMonths: 1009,
    source: 'local-account-2024',
  },
  /** CQC assessment (published 16 July 2025): Care Act assessments, January 2025. */
  careActJanuary2025: {
    date: '2025-01',
    waiting: 246,
    medianDays: 135,
    longestDays: 435,
    source: 'cqc-assessment-2025',
  },
  /** CQC assessment: carers' assessments, January 2025, and the council's aim. */
  carersJanuary2025: {
    date: '2025-01',
    waiting: 16,
    medianDays: 119,
    longestDays: 703,
    aimDaysFrom: 28,
    aimDaysTo: 42,
    source: 'cqc-assessment-2025',
  },
  /** CQC assessment: financial assessments, January 2025, and the council's aim. */
  financialJanuary2025: {
    date: '2025-01',
    waiting: 78,
    medianDays: 18,
    longestDays: 69,
    aimDays: 20,
    source: 'cqc-assessment-2025',
  },
} as const;
