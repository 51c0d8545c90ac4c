import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adviceSchema } from '../../../src/content/schema.ts';
import { translationStatus } from '../../../src/content/status.ts';
import { parseContentFile } from '../../../src/lint/document.ts';
import { lintContent, loadContent } from '../../../src/lint/run.ts';
import { createNewPage, newPageFiles, sixMonthsAfter, slugProblem } from '../../../src/editor/new-page.ts';

// `npm run new:page` on a copy of content/: the new page fails the checks until its words
// are written, then passes them with everything else.
const project = path.resolve(import.meta.dirname, '../../..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-new-page-'));
const content = path.join(temp, 'content');
fs.cpSync(path.join(project, 'content'), content, { recursive: true });
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const today = new Date('2026-11-25T10:00:00Z');
// Linting every page takes a few seconds.
const slow = { timeout: 60_000 };
const errors = () => lintContent(loadContent(content), today).filter((p) => p.severity === 'error');
const errorsIn = (slug: string) => errors().filter((p) => p.file.includes(`/${slug}/`));

describe('new:page', () => {
  it('refuses bad names and folders that exist, in plain words', () => {
    expect(slugProblem(undefined, content)).toMatch(/Give the new page a folder name/);
    expect(slugProblem('Help At Home', content)).toMatch(/lower-case letters, numbers and dashes/);
    expect(slugProblem('help--home', content)).toMatch(/lower-case letters/);
    expect(slugProblem('../etc', content)).toMatch(/lower-case letters/);
    expect(slugProblem('carers', content)).toBe('There is already a page called "carers" (content/advice/carers). Change that page, or choose another name.');
    expect(slugProblem('privacy', content)).toMatch(/content\/pages\/privacy/);
    expect(slugProblem('gu', content)).toMatch(/already used by another part of the website/);
    expect(slugProblem('search', content)).toMatch(/already used/);
    expect(slugProblem('help-at-home', content)).toBeUndefined();
    expect(() => createNewPage('carers', content, today)).toThrow(/already a page/);
  });

  it('dates the review today and six months on', () => {
    expect(sixMonthsAfter(new Date('2026-11-25T00:00:00Z')).toISOString().slice(0, 10)).toBe('2027-05-25');
    expect(sixMonthsAfter(new Date('2026-08-31T00:00:00Z')).toISOString().slice(0, 10)).toBe('2027-02-28');
    const [en] = newPageFiles('x', today);
    expect(en?.text).toContain('lastReviewed: 2026-11-25\nreviewDue: 2027-05-25\n');
    expect(en?.text).toContain('contacts: [adult-social-care]');
    // The editor cannot open a page with MDX comments, so the template has none.
    for (const { text } of newPageFiles('x', today)) expect(text).not.toContain('{/*');
  });

  it('writes both versions, which the checks flag until the words are written', slow, () => {
    expect(createNewPage('help-at-home', content, today)).toEqual(['advice/help-at-home/en.mdx', 'advice/help-at-home/en.easy-read.mdx']);
    const problems = errorsIn('help-at-home');
    for (const file of ['en.mdx', 'en.easy-read.mdx']) {
      const fields = problems.filter((p) => p.file.endsWith(`/${file}`)).map((p) => /"([^"]+)" is not right/.exec(p.message)?.[1] ?? p.rule);
      expect(fields).toEqual(expect.arrayContaining(['title', 'summary', 'sources.0.section', 'abbreviation']));
    }
  });

  it('passes every check once the writer has filled in the TODOs', slow, () => {
    const fill = (file: string, body: string) => {
      const full = path.join(content, 'advice/help-at-home', file);
      const text = fs.readFileSync(full, 'utf8')
        .replace('title: ""', 'title: Help to stay at home')
        .replace('summary: ""', 'summary: Support to keep living in your own home, and how to ask for it.')
        .replace('section: ""', 'section: "Our promise: staying at home"')
        .replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}`);
      fs.writeFileSync(full, text);
      return parseContentFile(`content/advice/help-at-home/${file}`, text);
    };
    const plain = fill('en.mdx', 'We want to help you live in your own home for as long as you can.\n\n<WhatNext>\n\n- Phone adult social care and ask for help at home.\n\n</WhatNext>\n');
    const easy = fill('en.easy-read.mdx', '<Idea picture="home">\n\nWe can help you stay in your **home**.\n\n</Idea>\n\n<WhatNext>\n\n- Phone us.\n\n</WhatNext>\n');
    expect(adviceSchema.parse(plain.data)).toMatchObject({ variant: 'plain', contacts: ['adult-social-care'] });
    expect(adviceSchema.parse(easy.data)).toMatchObject({ variant: 'easy-read' });
    // The new page, and the rest of the site with it, passes the content lint.
    expect(errors()).toEqual([]);
    expect(translationStatus(loadContent(content)).broken).toEqual([]);
  });
});
