import { langCodes, type LangCode } from './languages.ts';

/** Every locales/<code>/<namespace>.json file, bundled at build time. */
const files = import.meta.glob<Record<string, string>>('../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

export type Resources = Record<LangCode, Record<string, Record<string, string>>>;

/** The i18next resources: `{ gu: { ui: {…}, forms: {…} } }`. */
export function loadResources(): Resources {
  const out = Object.fromEntries(langCodes.map((c) => [c, {}])) as Resources;
  for (const [file, strings] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, code, ns] = match;
    if (!code || !ns || !(code in out)) continue;
    out[code as LangCode][ns] = strings;
  }
  return out;
}
