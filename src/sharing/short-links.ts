import { createHash } from 'node:crypto';
import { REFERENCE_ALPHABET } from '../forms/engine/reference.ts';

/**
 * Short links, /s/<code>/, for reading out on the phone or typing from a letter: five
 * characters from the references' alphabet (no 0/O, 1/I/L, 5/S or U/V), worked out from the
 * page's address, so a page keeps its code from build to build and on every server.
 */
export const CODE_LENGTH = 5;
const N = REFERENCE_ALPHABET.length;

export function shortCode(path: string): string {
  const digest = createHash('sha256').update(path).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += REFERENCE_ALPHABET[(digest.readUInt16BE(i * 2)) % N];
  return code;
}

export const shortPath = (path: string): string => `/s/${shortCode(path)}/`;

/** A code as typed: lower case, spaces or a dash are fine. Undefined when it cannot be a code. */
export function tidyCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => REFERENCE_ALPHABET.includes(c)) ? code : undefined;
}

/** Every page's code; two pages with one code stop the build (test: none today), naming both. */
export function shortLinkTable(paths: string[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const path of paths) {
    const code = shortCode(path);
    const other = table.get(code);
    if (other && other !== path) throw new Error(`Short link ${code} would open both ${other} and ${path}: change CODE_LENGTH or one address.`);
    table.set(code, path);
  }
  return table;
}
