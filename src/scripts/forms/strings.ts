/** The form's words for this page, put in the page by FormFrame.astro as JSON. */
export type Strings = Record<string, string>;

export function readStrings(doc: Document): Strings {
  try {
    return JSON.parse(doc.getElementById('form-strings')?.textContent ?? '{}') as Strings;
  } catch {
    return {};
  }
}

/** i18next's {{name}} interpolation, which is all the forms use. */
export function translator(strings: Strings) {
  return (key: string, params: Record<string, string | number> = {}): string =>
    (strings[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
