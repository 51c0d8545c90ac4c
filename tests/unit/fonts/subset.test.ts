import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { charactersToKeep, projectWords, subsetWoff2 } from '../../../src/fonts/subset.ts';
import { fontCharacters } from '../../../src/fonts/cmap.ts';
import { formatUnicodeRange, inSpans, parseUnicodeRange, spanCharacters } from '../../../src/fonts/unicode-range.ts';
import { readFontFile } from '../../../src/fonts/font-files.ts';
import { languages } from '../../../src/i18n/languages.ts';

describe('unicode ranges', () => {
  it('reads single points and spans, and writes them back as short as it can', () => {
    const spans = parseUnicodeRange('U+0600-0603, U+200C,U+25cc');
    expect(spans).toEqual([[0x600, 0x603], [0x200c, 0x200c], [0x25cc, 0x25cc]]);
    expect(inSpans(0x602, spans)).toBe(true);
    expect(inSpans(0x604, spans)).toBe(false);
    expect(spanCharacters(spans)).toBe('\u0600\u0601\u0602\u0603\u200C\u25CC');
    expect(formatUnicodeRange('\u0602\u0600\u0601\u25CC\u0600')).toBe('U+0600-0602,U+25CC');
  });
  it('refuses what is not a range, rather than serving a font for nothing', () => {
    expect(() => parseUnicodeRange('U+06ZZ')).toThrow(/Not a unicode-range part/);
  });
});

describe('the characters a font keeps', () => {
  const arabicScript = parseUnicodeRange('U+0600-06FF,U+200C-200E,U+FB50-FDFF');
  it('keeps the script’s characters the words use, the keyboard’s letters and the joiners, and nothing else', () => {
    const kept = charactersToKeep(['Carers مرحبا 2026', 'ﷺ'], arabicScript, parseUnicodeRange('U+0628'));
    expect([...kept]).toEqual(['\u061C', 'ا', 'ب', 'ح', 'ر', 'م', '\u200C', '\u200D', '\u200E', 'ﷺ']);
    expect(kept).not.toMatch(/[A-Za-z0-9]/);
  });
  it('keeps every letter of each language’s keyboard', () => {
    for (const { code, font } of languages) {
      if (!font) continue;
      const keyboard = parseUnicodeRange(font.keyboard);
      const kept = charactersToKeep([], parseUnicodeRange('U+0000-FFFF'), keyboard);
      expect(kept.length, code).toBeGreaterThanOrEqual(spanCharacters(keyboard).length);
    }
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-words-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  it('reads the words of content, UI strings and the language list, and not other files', () => {
    fs.mkdirSync(path.join(dir, 'content/advice/carers'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'locales/ur'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'src/i18n'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/advice/carers/ur.mdx'), '---\ntitle: نگہداشت\n---\n');
    fs.writeFileSync(path.join(dir, 'content/advice/carers/notes.txt'), 'ژ');
    fs.writeFileSync(path.join(dir, 'locales/ur/ui.json'), '{"a":"ۓ"}');
    fs.writeFileSync(path.join(dir, 'src/i18n/languages.ts'), "name: 'اردو'");
    const words = [...projectWords(dir)].join('\n');
    for (const c of ['ن', 'ۓ', 'و']) expect(words).toContain(c);
    expect(words).not.toContain('ژ');
  });
});

describe('a cut-down font', () => {
  it('draws the characters kept, and is smaller', async () => {
    const urdu = languages.find((l) => l.code === 'ur')?.font;
    if (!urdu) throw new Error('no Urdu font');
    const original = readFontFile(urdu, 400);
    const text = 'اردو میں مدد';
    const small = await subsetWoff2(original, charactersToKeep([text], parseUnicodeRange('U+0600-06FF'), parseUnicodeRange('U+0627')));
    expect(small.byteLength).toBeLessThan(original.byteLength / 2);
    const has = await fontCharacters(small);
    for (const c of text.replace(/\s/g, '')) expect(has.has(c), c).toBe(true);
    expect(has.has('ژ')).toBe(false);
    expect((await fontCharacters(original)).has('ژ')).toBe(true);
  }, 30_000);
});

describe('the built-site check that cut-down fonts still draw every page', () => {
  it('names the characters of the script a font cannot draw, once each, and ignores other scripts', async () => {
    const { missingCharacters } = await import('../../../src/perf/font-coverage.ts');
    const script = parseUnicodeRange('U+0A80-0AFF');
    expect(missingCharacters('Care ગુજરાતી ગ اردو', script, new Set(['ગ', 'ુ', 'જ', 'ર', 'ા', 'ત']))).toEqual(['ી']);
  });
  it('fails a page whose character was cut out of its font, and passes it with the full font', async () => {
    const { fontCoverageBudget } = await import('../../../src/perf/font-coverage.ts');
    const gu = languages.find((l) => l.code === 'gu')?.font;
    if (!gu) throw new Error('no Gujarati font');
    const small = await subsetWoff2(readFontFile(gu, 400), 'ગુજરાત');
    const page = { url: '/gu/x/', lang: 'gu', html: '<p>ગુજરાતી</p>' };
    const withSmall = await fontCoverageBudget([page], () => small);
    expect(withSmall.ok).toBe(false);
    expect(withSmall.problems[0]).toMatch(/\/gu\/x\/: .* cannot draw U\+0AC0 ી/);
    const withFull = await fontCoverageBudget([page], (p) => (p.includes('gujarati') ? readFontFile(gu, 400) : small));
    expect(withFull.problems).toEqual([]);
    expect(withFull.ok).toBe(true);
  }, 30_000); // decodes four WOFF2 fonts: slow on a busy 2-core machine
});

describe('font file names', () => {
  it('carry a fingerprint that changes with any part of what makes the file', async () => {
    const { versionTag, fontFileName, fontCssFileName } = await import('../../../src/fonts/font-files.ts');
    expect(versionTag('noto@5.3.0', 'abc')).toMatch(/^[0-9a-f]{10}$/);
    expect(versionTag('noto@5.3.0', 'abc')).toBe(versionTag('noto@5.3.0', 'abc'));
    expect(versionTag('noto@5.3.0', 'abc')).not.toBe(versionTag('noto@5.3.0', 'abd'));
    expect(versionTag('noto@5.3.0', 'abc')).not.toBe(versionTag('noto@5.3.1', 'abc'));
    const gu = languages.find((l) => l.code === 'gu')?.font;
    if (!gu) throw new Error('no Gujarati font');
    const tag = /\.([0-9a-f]{10})\.woff2$/.exec(fontFileName(gu, 700))?.[1];
    expect(fontFileName(gu, 400)).toBe(`noto-sans-gujarati-gujarati-400.${tag}.woff2`);
    expect(fontCssFileName('gu', gu)).toBe(`gu.${tag}.css`);
  });
});
