import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/content/hash.ts';
import { translationNotices, translationState } from '../../../src/content/translation-status.ts';

const english = { title: 'Carers', summary: 'Help for carers.', body: 'You can ask for a carer’s assessment.\n' };
const hash = contentHash(english);

describe('content hash', () => {
  it('is 64 hex characters and changes when the words change', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...english, body: 'You can ask for a carers assessment.\n' })).not.toBe(hash);
    expect(contentHash({ ...english, title: 'Unpaid carers' })).not.toBe(hash);
  });
  it('ignores line endings and trailing spaces', () => {
    expect(contentHash({ ...english, body: 'You can ask for a carer’s assessment.  \r\n' })).toBe(hash);
  });
});

describe('translation state', () => {
  it('tells the source, missing, draft, reviewed and stale apart', () => {
    expect(translationState(undefined, true, hash)).toBe('source');
    expect(translationState(undefined, false, hash)).toBe('missing');
    expect(translationState({ from: 'en', sourceHash: hash, status: 'draft' }, false, hash)).toBe('draft');
    expect(translationState({ from: 'en', sourceHash: hash, status: 'reviewed', reviewedBy: 'G', reviewedOn: new Date() }, false, hash)).toBe('up-to-date');
    expect(translationState({ from: 'en', sourceHash: 'a'.repeat(64), status: 'reviewed' }, false, hash)).toBe('stale');
  });
  it('shows both notices on a stale draft', () => {
    const record = { from: 'en' as const, sourceHash: 'a'.repeat(64), status: 'draft' as const };
    expect(translationNotices(record, 'stale')).toEqual({ fallback: false, stale: true, draft: true });
    expect(translationNotices(undefined, 'missing')).toEqual({ fallback: true, stale: false, draft: false });
    expect(translationNotices({ ...record, status: 'reviewed' }, 'up-to-date')).toEqual({ fallback: false, stale: false, draft: false });
  });
});
