import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lint/document.ts';
import { abbreviations, bannedWords, hasContact, hasWhatNext, longSentences, readingLevel, reviewDates } from '../../../src/lint/rules.ts';
import { frontmatter, linkChecks, tagsAndPictures } from '../../../src/lint/site-rules.ts';
import { measureReadability } from '../../../src/lint/run.ts';

const front = (extra = '') => `---
title: Support for unpaid carers
summary: Help for people who look after someone without being paid.
topic: carers
keywords: [carer]
lastReviewed: 2026-11-20
reviewDue: 2027-05-20
sources:
  - doc: local-account-2024
    section: Unpaid carers
contacts: [adult-social-care]
variant: plain
${extra}---
`;
const doc = (body: string, file = 'content/advice/carers/en.mdx', extra = '') => parseContentFile(file, front(extra) + body);

describe('respectful words', () => {
  it('flags "service users", "clients" and "customers" with a suggestion', () => {
    const problems = bannedWords(doc('We help service users.\n\nOur clients say so.\n\nAsk any customer.\n'));
    expect(problems.map((p) => p.message)).toEqual([
      '"service users" is a word we do not use for people.',
      '"clients" is a word we do not use for people.',
      '"customer" is a word we do not use for people.',
    ]);
    expect(problems[0]?.line).toBe(14);
    expect(problems[0]?.fix).toMatch(/people/);
  });
  it('passes respectful words and the name of a customer service centre', () => {
    expect(bannedWords(doc('We help people who draw on support.\n\nThe county runs a Customer Service Centre.\n'))).toEqual([]);
  });
  it('leaves translations to their own reviewers', () => {
    expect(bannedWords(doc('service users', 'content/advice/carers/gu.mdx'))).toEqual([]);
  });
});

describe('sentence length', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  it('allows 25 words in plain English and fails 26, naming the line', () => {
    expect(longSentences(doc(`${words(25)}.\n`))).toEqual([]);
    const [p] = longSentences(doc(`Intro.\n\n${words(26)}.\n`));
    expect(p?.message).toMatch(/26 words/);
    expect(p?.line).toBe(16);
  });
  it('allows 15 words in easy read and fails 16', () => {
    const file = 'content/advice/carers/en.easy-read.mdx';
    expect(longSentences(doc(`${words(15)}.\n`, file))).toEqual([]);
    expect(longSentences(doc(`${words(16)}.\n`, file))).toHaveLength(1);
  });
  it('counts each sentence on a line separately and ignores quotations and headings', () => {
    expect(longSentences(doc(`${words(20)}. ${words(20)}.\n`))).toEqual([]);
    expect(longSentences(doc(`Lyn said: "${words(40)}."\n`))).toEqual([]);
    expect(longSentences(doc(`## ${words(30)}\n`))).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('passes an abbreviation spelt out at first use', () => {
    expect(abbreviations(doc('An occupational therapist (OT) can visit. The OT will help.\n'))).toEqual([]);
    expect(abbreviations(doc('The CQC (Care Quality Commission) checks councils.\n'))).toEqual([]);
  });
  it('fails an abbreviation used before it is spelt out', () => {
    const problems = abbreviations(doc('The OT will help.\n\nAn occupational therapist (OT) can visit.\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('"OT" is used before it is spelt out on this page.');
  });
  it('ignores email addresses, web addresses and the promise headings', () => {
    expect(abbreviations(doc('Email ASC-LocalAccount@leicester.gov.uk or see https://www.lgo.org.uk. WHY are we doing this?\n'))).toEqual([]);
  });
});

describe('review dates', () => {
  const today = new Date('2026-11-25');
  it('passes a review date in the future', () => {
    expect(reviewDates(doc('Hello.'), today)).toEqual([]);
  });
  it('fails a review date in the past and a last review in the future', () => {
    const past = parseContentFile('content/advice/carers/en.mdx', front().replace('2027-05-20', '2026-01-01') + 'Hi.');
    expect(reviewDates(past, today)[0]?.message).toBe('The review date 2026-01-01 has passed.');
    const future = parseContentFile('content/advice/carers/en.mdx', front().replace('lastReviewed: 2026-11-20', 'lastReviewed: 2027-01-01') + 'Hi.');
    expect(reviewDates(future, today)[0]?.message).toMatch(/in the future/);
  });
});

describe('contacts and next steps', () => {
  it('fails a page with no contact', () => {
    const noContact = parseContentFile('content/advice/carers/en.mdx', front().replace('contacts: [adult-social-care]', 'contacts: []') + 'Hi.');
    expect(hasContact(noContact)[0]?.rule).toBe('contact');
    expect(hasContact(doc('Hi.'))).toEqual([]);
  });
  it('fails an advice page without <WhatNext>', () => {
    expect(hasWhatNext(doc('Hi.'))[0]?.rule).toBe('what-next');
    expect(hasWhatNext(doc('Hi.\n\n<WhatNext>\nPhone us.\n</WhatNext>\n'))).toEqual([]);
  });
});

describe('frontmatter, tags and pictures', () => {
  it('names the field that is wrong', () => {
    const bad = parseContentFile('content/advice/carers/en.mdx', front().replace('topic: carers', 'topic: cars') + 'Hi.');
    const [p] = frontmatter(bad);
    expect(p?.message).toMatch(/"topic"/);
    expect(p?.line).toBe(4);
  });
  it('accepts a good page', () => {
    expect(frontmatter(doc('Hi.'))).toEqual([]);
  });
  it('flags unknown tags and pictures', () => {
    const problems = tagsAndPictures(doc('<Idea picture="unicorn">\nHi\n</Idea>\n<Box>x</Box>\n<Idea picture="phone">\nOk\n</Idea>\n'));
    expect(problems.map((p) => p.rule)).toEqual(['picture', 'tags']);
  });
});

describe('links between pages', () => {
  it('finds a broken link and a page nothing links to', () => {
    const carers = doc('See [paying](/paying-for-care/) and [figures](/figures/spend/).');
    const help = parseContentFile('content/pages/hidden/en.mdx', '---\ntitle: Hidden page\n---\nHi.');
    const problems = linkChecks([carers, help], ['/figures/']);
    expect(problems.map((p) => p.rule)).toEqual(['broken-link', 'orphan-page']);
    expect(problems[0]?.message).toMatch('/paying-for-care/');
  });
  it('passes links to pages that exist, in any language', () => {
    const carers = doc('See [paying](/gu/paying-for-care/).');
    const paying = doc('Hi', 'content/advice/paying-for-care/en.mdx');
    expect(linkChecks([carers, paying], [])).toEqual([]);
  });
});

describe('reading level', () => {
  const simple = Array.from({ length: 12 }, () => 'You can ask us for help. We will call you back.').join(' ');
  const hard = Array.from({ length: 8 }, () => 'Notwithstanding organisational considerations, comprehensive multidisciplinary reassessments necessitate extraordinarily sophisticated documentation.').join(' ');
  it('gives simple words as advice only', () => {
    const [p] = readingLevel(doc(`${simple}\n`), measureReadability);
    expect(p?.severity).toBe('advice');
  });
  it('fails above the ceiling', () => {
    const [p] = readingLevel(doc(`${hard}\n`), measureReadability);
    expect(p?.severity).toBe('error');
  });
});
