/** Limits and word lists for the content lint, each with the reason it is there. */
export const lintConfig = {
  /** GOV.UK and the local account ask for short sentences; easy read guidance says 10 to 15 words. */
  maxSentenceWords: { plain: 25, 'easy-read': 15 },
  /**
   * Flesch-Kincaid grade above which a page fails. Measured on our pages (see README):
   * the NHS uses such scores only to prioritise work, so the ceiling is a backstop, not a target.
   */
  maxGrade: { plain: 9, 'easy-read': 6 },
  /** Words for people that the local account's "Our language" promise says we do not use. */
  bannedWords: [
    { pattern: /\bservice[- ]users?\b/i, words: 'service user', suggestion: 'Say "people", "you" or "people who draw on support".' },
    { pattern: /\bclients?\b/i, words: 'client', suggestion: 'Say "people", "you" or "the person".' },
    { pattern: /\bcustomers?\b(?! service cent(re|er))/i, words: 'customer', suggestion: 'Say "people", "you" or "residents".' },
  ],
  /**
   * Capitalised words that are not abbreviations. The local account's promise uses
   * WHY, WHO, WHAT and HOW as headings; "I" statements are Making it Real's own words.
   * GOV as in GOV.UK, the name of the government's website (and of GOV.UK Notify).
   */
  notAbbreviations: ['WHY', 'WHO', 'WHAT', 'HOW', 'I', 'OK', 'UK', 'GOV'],
} as const;
