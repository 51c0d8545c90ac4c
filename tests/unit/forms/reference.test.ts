import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidReference, newReference, REFERENCE_ALPHABET } from '../../../src/forms/engine/reference.ts';

describe('references to read out on the phone', () => {
  it('look like KQ7-4HT-9WZ and never use 0, O, 1 or I', () => {
    for (let i = 0; i < 2000; i++) {
      const ref = newReference(randomInt);
      expect(ref).toMatch(/^[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}-[2-9A-HJKMNP-RTW-Z]{3}$/);
      expect(ref).not.toMatch(/[01OIL]/);
    }
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OILSUV]/);
  });

  it('accept themselves typed in any case, with or without dashes', () => {
    const ref = newReference(randomInt);
    expect(isValidReference(ref)).toBe(true);
    expect(isValidReference(ref.toLowerCase().replace(/-/g, ' '))).toBe(true);
  });

  it('catch any single misheard character, and any swap of two neighbours but one', () => {
    for (let n = 0; n < 200; n++) checkNeighbours(newReference(randomInt).replace(/-/g, ''));
  });

  function checkNeighbours(ref: string) {
    for (let i = 0; i < ref.length; i++) {
      for (const c of REFERENCE_ALPHABET) {
        if (c === ref[i]) continue;
        expect(isValidReference(ref.slice(0, i) + c + ref.slice(i + 1))).toBe(false);
      }
    }
    for (let i = 0; i < ref.length - 1; i++) {
      // Like Luhn's 09/90, Luhn mod N cannot see the first and last characters swapped.
      const pair = [ref[i], ref[i + 1]].sort().join('');
      if (ref[i] === ref[i + 1] || pair === `${REFERENCE_ALPHABET[0]}${REFERENCE_ALPHABET.at(-1)}`) continue;
      const swapped = ref.slice(0, i) + ref[i + 1] + ref[i] + ref.slice(i + 2);
      expect(isValidReference(swapped)).toBe(false);
    }
  }

  it('refuse the wrong length or characters', () => {
    expect(isValidReference('KQ7-4HT')).toBe(false);
    expect(isValidReference('KQ0-4HT-9WZ')).toBe(false);
  });

  it('are well spread (no character stuck in one place)', () => {
    const first = new Set(Array.from({ length: 3000 }, () => newReference(randomInt)[0]));
    expect(first.size).toBe(REFERENCE_ALPHABET.length);
  });
});
