// html-validate's configuration for the built pages (`npm run check:site`).
// It is a .mjs file, not .htmlvalidate.json, so each setting can say why: html-validate reads
// JSON with JSON.parse, which allows no comments. Every rule of "recommended" stays on; two are
// tuned to what Astro and our content schema legitimately produce.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro gives headings ids from their words (github-slugger), keeping Arabic, Urdu, Gujarati
    // and Punjabi letters: `id="إذا-لم-تكن-راضياً"`. HTML allows any id without spaces; the default
    // strict mode only allows ASCII letters. Relaxed mode still rejects empty ids and spaces.
    'valid-id': ['error', { relaxed: true }],
    // Titles are "<page title> - <site name>". The content schema allows page titles of up to
    // 90 characters (plain words are longer than jargon) and the longest site name is 30, so
    // 123 is the most a valid page can have. Search results cut the end, which is the site name.
    'long-title': ['error', { maxlength: 123 }],
    // A group of checkboxes is one question with one name ("tasks"), as HTML forms intend; the
    // default only lets radios and buttons share a name.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
