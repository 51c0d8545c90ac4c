/** The hidden box bots fill in and people never see (named to tempt autofilling bots). */
export const HONEYPOT_FIELD = 'website';
