/**
 * References people can read out on the phone: no 0/O, 1/I/L, 5/S or U/V to mix up,
 * grouped in threes like "KQ7-4HT-9WZ". The last character is a check character (Luhn
 * mod N, which needs an even alphabet: 28 characters), so staff can tell a misheard (or, but for "2Z", a swapped)
 * reference from a real one. 28^8 bodies: collisions are retried by the store.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRTWXYZ';
const N = REFERENCE_ALPHABET.length;
const BODY_LENGTH = 8;

function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = REFERENCE_ALPHABET.indexOf(body[i] ?? '');
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return REFERENCE_ALPHABET[(N - (sum % N)) % N] ?? '';
}

/** A new reference from a source of random integers below a bound (crypto.randomInt on the server). */
export function newReference(randomInt: (max: number) => number): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += REFERENCE_ALPHABET[randomInt(N)];
  return formatReference(body + checkCharacter(body));
}

export function formatReference(compact: string): string {
  return compact.match(/.{1,3}/g)?.join('-') ?? compact;
}

/** Tidies a reference as someone typed it: any case, with or without spaces and dashes. */
export function normaliseReference(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isValidReference(typed: string): boolean {
  const compact = normaliseReference(typed);
  if (compact.length !== BODY_LENGTH + 1) return false;
  if ([...compact].some((c) => !REFERENCE_ALPHABET.includes(c))) return false;
  return checkCharacter(compact.slice(0, BODY_LENGTH)) === compact.slice(BODY_LENGTH);
}
