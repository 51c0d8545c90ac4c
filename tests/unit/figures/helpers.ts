import path from 'node:path';
import { getLanguage, type LangCode } from '../../../src/i18n/languages.ts';

export const root = path.resolve(import.meta.dirname, '../../..');
export const fixtures = (name: string) => path.join(root, 'tests/fixtures/figures', name);

/**
 * Reads a number back from text written for a language (Arabic-Indic digits, Polish
 * decimal commas, £, %, ordinal words), using only the language's decimal sign from
 * Intl, so the check does not depend on the portal's own formatting code.
 */
export function readLocalNumber(lang: LangCode, text: string): number {
  const { numberingSystem } = getLanguage(lang);
  const decimal = new Intl.NumberFormat(lang, { numberingSystem }).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const western = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const digits = western.split(decimal).map((part) => part.replace(/[^0-9]/g, ''));
  return Number(digits.length > 1 ? `${digits[0]}.${digits.slice(1).join('')}` : digits[0]);
}
