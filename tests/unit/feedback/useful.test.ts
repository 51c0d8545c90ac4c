import { describe, expect, it } from 'vitest';
import { addComment, COMMENT_MAX, recordVote, usefulnessReport, USEFUL_LIMIT } from '../../../src/feedback/useful.ts';
import { handleUseful } from '../../../src/feedback/page.ts';
import { renderUsefulness } from '../../../src/report/usefulness.ts';
import { testStore } from '../staff/helpers.ts';

const pages = new Set(['carers', 'paying-for-care']);
const form = (fields: Record<string, string>, type = 'application/x-www-form-urlencoded') =>
  new Request('http://127.0.0.1/gu/feedback/useful/', { method: 'POST', headers: { 'Content-Type': type }, body: new URLSearchParams(fields).toString() });

describe('"Was this page useful?" answers', () => {
  it('keep the page, language and answer, and nothing that identifies the person', () => {
    const { store } = testStore();
    const vote = recordVote(store.db, { page: 'carers', variant: 'easy-read', lang: 'gu', useful: 'no' }, '203.0.113.77', new Date('2026-03-02T10:11:12Z'));
    expect(vote).toMatchObject({ ok: true, token: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) });
    expect(store.db.prepare('SELECT slug, variant, lang, useful, comment, created_at FROM page_feedback').all()).toEqual([
      { slug: 'carers', variant: 'easy-read', lang: 'gu', useful: 0, comment: null, created_at: '2026-03-02' },
    ]);
    const everything = JSON.stringify([store.db.prepare('SELECT * FROM page_feedback').all(), store.db.prepare('SELECT * FROM rate_limits').all()]);
    expect(everything).not.toContain('203.0.113.77');
    expect(everything).not.toContain(vote.ok ? vote.token : 'x');
  });

  it(`stop an address after ${USEFUL_LIMIT.max} answers in an hour`, () => {
    const { store } = testStore();
    const at = new Date('2026-03-02T10:00:00Z');
    for (let i = 0; i < USEFUL_LIMIT.max; i++) expect(recordVote(store.db, { page: 'carers', variant: 'plain', lang: 'en', useful: 'yes' }, '198.51.100.1', at).ok).toBe(true);
    expect(recordVote(store.db, { page: 'carers', variant: 'plain', lang: 'en', useful: 'yes' }, '198.51.100.1', at)).toEqual({ ok: false, reason: 'too-many', minutes: 60 });
    expect(recordVote(store.db, { page: 'carers', variant: 'plain', lang: 'en', useful: 'yes' }, '198.51.100.2', at).ok).toBe(true);
  });

  it('take one comment per answer, checked, with the secret from the answer', () => {
    const { store } = testStore();
    const vote = recordVote(store.db, { page: 'carers', variant: 'plain', lang: 'pl', useful: 'no' }, 'a');
    const token = vote.ok ? vote.token : '';
    expect(addComment(store.db, { token, comment: '   ' })).toEqual({ ok: false, reason: 'invalid', key: 'feedback.comment.error.required' });
    expect(addComment(store.db, { token, comment: 'x'.repeat(COMMENT_MAX + 1) })).toEqual({ ok: false, reason: 'invalid', key: 'feedback.comment.error.tooLong' });
    expect(addComment(store.db, { token, comment: 'a\u0000b' })).toEqual({ ok: false, reason: 'invalid', key: 'feedback.comment.error.characters' });
    expect(addComment(store.db, { token: 'made-up-token-aaaaaaaaaaaa', comment: 'Szukałam godzin otwarcia' })).toEqual({ ok: false, reason: 'unknown' });
    expect(addComment(store.db, { token, comment: ' Szukałam godzin otwarcia\n' })).toEqual({ ok: true });
    expect(addComment(store.db, { token, comment: 'again' })).toEqual({ ok: false, reason: 'unknown' });
    expect(store.db.prepare('SELECT comment FROM page_feedback').get()).toEqual({ comment: 'Szukałam godzin otwarcia' });
  });

  it('report each page and language, the ones that fail people first, with the last comments', () => {
    const { store } = testStore();
    const vote = (page: string, lang: 'en' | 'ur', useful: 'yes' | 'no', comment?: string) => {
      const v = recordVote(store.db, { page, variant: 'plain', lang, useful }, `${Math.random()}`);
      if (comment && v.ok) addComment(store.db, { token: v.token, comment });
    };
    vote('carers', 'en', 'yes');
    vote('carers', 'en', 'yes');
    vote('carers', 'en', 'no', 'first');
    vote('carers', 'ur', 'no', 'پہلا');
    vote('carers', 'ur', 'no', 'دوسرا');
    const report = usefulnessReport(store.db);
    expect(report.map((r) => [r.slug, r.lang, r.answers, r.yes])).toEqual([['carers', 'ur', 2, 0], ['carers', 'en', 3, 2]]);
    expect(report[0]?.comments.map((c) => c.text)).toEqual(['دوسرا', 'پہلا']);
    expect(report[1]?.share).toBeCloseTo(2 / 3);
    const markdown = renderUsefulness(report);
    expect(markdown).toContain('| carers | ur | 2 | 0% |');
    expect(markdown).toContain('| carers | en | 3 | 67% |');
    expect(markdown).not.toContain('پہلا'); // residents' words stay on the staff side
    expect(renderUsefulness(undefined)).toBe('');
  });
});

describe('the "Was this page useful?" pages', () => {
  it('takes a vote, then a comment, and thanks the person with a way back to the page', async () => {
    const { store } = testStore();
    const first = await handleUseful(form({ page: 'carers', variant: 'easy-read', useful: 'no' }), { db: store.db, lang: 'gu', client: 'c', pages });
    expect(first).toMatchObject({ view: 'comment', status: 200, back: '/gu/carers/easy-read/', page: { page: 'carers', variant: 'easy-read' } });
    const token = first.view === 'comment' ? first.token : '';
    const tooLong = await handleUseful(form({ token, page: 'carers', variant: 'easy-read', comment: 'x'.repeat(600) }), { db: store.db, lang: 'gu', client: 'c', pages });
    expect(tooLong).toMatchObject({ view: 'comment', status: 422, typed: 'x'.repeat(600), errors: [{ key: 'feedback.comment.error.tooLong', params: { max: 500 } }] });
    expect(await handleUseful(form({ token, page: 'carers', variant: 'easy-read', comment: 'ફોન નંબર' }), { db: store.db, lang: 'gu', client: 'c', pages })).toEqual({ view: 'thanks', status: 200, back: '/gu/carers/easy-read/' });
    expect(await handleUseful(form({ token, page: 'carers', comment: 'again' }), { db: store.db, lang: 'gu', client: 'c', pages })).toMatchObject({ view: 'problem', status: 400, key: 'feedback.error.used' });
  });

  it('answers junk with a 4xx page in the person\'s language, and stores nothing', async () => {
    const { store } = testStore();
    const ctx = { db: store.db, lang: 'gu' as const, client: 'c', pages };
    expect(await handleUseful(form({ page: 'no-such-page', useful: 'yes' }), ctx)).toMatchObject({ status: 400, back: '/gu/' });
    expect(await handleUseful(form({ page: 'carers', useful: 'maybe' }), ctx)).toMatchObject({ status: 400 });
    expect(await handleUseful(form({ page: 'carers' }), ctx)).toMatchObject({ status: 400 });
    expect(await handleUseful(form({ page: '../../etc/passwd', useful: 'yes' }), ctx)).toMatchObject({ status: 400 });
    expect(await handleUseful(form({ page: 'carers', variant: 'huge', useful: 'yes' }), ctx)).toMatchObject({ status: 400 });
    expect(await handleUseful(form({ page: 'carers', useful: 'yes' }, 'application/json'), ctx)).toMatchObject({ status: 415 });
    expect(await handleUseful(new Request('http://127.0.0.1/gu/feedback/useful/'), ctx)).toMatchObject({ status: 405 });
    expect(store.db.prepare('SELECT count(*) AS n FROM page_feedback').get()).toEqual({ n: 0 });
  });
});
