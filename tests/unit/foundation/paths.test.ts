import { describe, expect, it } from 'vitest';
import { localizedPath, splitLangFromPath, switchLanguagePath } from '../../../src/routing/paths.ts';
import { routeParam } from '../../../src/routing/content-routes.ts';

describe('localized paths', () => {
  it('puts English at the root and other languages under their code, with a trailing slash', () => {
    expect(localizedPath('en')).toBe('/');
    expect(localizedPath('gu')).toBe('/gu/');
    expect(localizedPath('en', 'carers')).toBe('/carers/');
    expect(localizedPath('ur', '/carers/easy-read/')).toBe('/ur/carers/easy-read/');
  });
  it('splits the language from a path', () => {
    expect(splitLangFromPath('/ar/carers/')).toEqual({ lang: 'ar', slug: 'carers' });
    expect(splitLangFromPath('/carers/easy-read/')).toEqual({ lang: 'en', slug: 'carers/easy-read' });
    expect(splitLangFromPath('/')).toEqual({ lang: 'en', slug: '' });
    // "en" is never a prefix: /en/ would be a page called "en".
    expect(splitLangFromPath('/en/x/')).toEqual({ lang: 'en', slug: 'en/x' });
  });
  it('keeps the reader on the same page when switching language', () => {
    expect(switchLanguagePath('/gu/carers/easy-read/', 'ur')).toBe('/ur/carers/easy-read/');
    expect(switchLanguagePath('/gu/carers/', 'en')).toBe('/carers/');
    expect(switchLanguagePath('/', 'pl')).toBe('/pl/');
  });
  it('gives the catch-all route its parameter', () => {
    expect(routeParam('en', '')).toBeUndefined();
    expect(routeParam('en', 'carers')).toBe('carers');
    expect(routeParam('so', 'carers/easy-read')).toBe('so/carers/easy-read');
  });
});
