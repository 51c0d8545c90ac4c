import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { houseStyle, mergeMdx, mergeYaml } from '../../../src/editor/keep-format.ts';

// Saving in the editor must change only what the person changed, so a pull request shows
// just their edit and translations do not look out of date for nothing.
const project = path.resolve(import.meta.dirname, '../../..');
const saves = path.resolve(import.meta.dirname, '../../fixtures/coproduction/editor-saves');

/** Lines in `after` that differ from `before`, as [before, after] pairs (same line count). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i] ?? '']] as [string, string][]));
}

describe('saving a file the editor wrote', () => {
  // Each *.saved.mdx is what Keystatic sent when someone changed only "Place in lists" (order).
  for (const name of ['carers-en', 'carers-en-easy-read', 'keeping-safe-en-easy-read', 'paying-for-care-ur']) {
    it(`${name}: only the changed field differs from the original`, () => {
      const original = fs.readFileSync(path.join(saves, `${name}.original.mdx`), 'utf8');
      const saved = fs.readFileSync(path.join(saves, `${name}.saved.mdx`), 'utf8');
      expect(saved).not.toBe(original);
      const changes = changedLines(original, mergeMdx(original, saved));
      expect(changes).toHaveLength(1);
      expect(changes[0]?.[0]).toMatch(/^order: \d+$/);
      expect(changes[0]?.[1]).toMatch(/^order: \d+$/);
    });
  }

  it('leaves every file the editor edits as it is when nothing changed', { timeout: 60_000 }, () => {
    const edited = /^content\/((advice|pages)\/.*\.mdx|glossary\/.*\.yaml|contacts\.yaml)$/;
    const files = execFileSync('git', ['ls-files', 'content'], { cwd: project, encoding: 'utf8' }).split('\n').filter((f) => edited.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = fs.readFileSync(path.join(project, file), 'utf8');
      expect(file.endsWith('.mdx') ? mergeMdx(text, text) : mergeYaml(text, text), file).toBe(text);
    }
  });
});

describe('YAML edits keep comments, order and style', () => {
  const glossary = `# The jargon buster.
terms:
  # From the local account glossary
  - id: appointeeship
    term: appointeeship
    also: [appointee, appointees]
    definition: "A way to manage your money."

  # Terms this website uses
  - id: carer
    term: carer
    definition: "Someone who looks after a family member or friend."
`;

  it('changes one value and nothing else', () => {
    const edited = `terms:\n  - id: appointeeship\n    term: appointeeship\n    also:\n      - appointee\n      - appointees\n    definition: A way to manage your money when you cannot.\n  - id: carer\n    term: carer\n    definition: Someone who looks after a family member or friend.\n`;
    expect(mergeYaml(glossary, edited)).toBe(glossary.replace('"A way to manage your money."', '"A way to manage your money when you cannot."'));
  });

  it('matches list items by id, so a removed term takes its comment with it', () => {
    const edited = `terms:\n  - id: carer\n    term: carer\n    definition: Someone who looks after a family member or friend.\n`;
    const merged = mergeYaml(glossary, edited);
    expect(merged).not.toContain('appointeeship');
    expect(merged).toContain('# Terms this website uses\n  - id: carer');
    expect(merged.startsWith('# The jargon buster.\n')).toBe(true);
  });

  it('adds new fields at the end and leaves out the ones the form left blank', () => {
    const page = 'title: Carers\ntranslation:\n  from: en\n  status: draft\n';
    const edited = 'title: Carers\nkeywords: []\ncoProducedWith: []\ntranslation:\n  from: en\n  status: reviewed\n  reviewedBy: Gujarati community reviewers\n  reviewedOn: 2026-11-24\nnote: ""\n';
    expect(mergeYaml(page, edited)).toBe('title: Carers\ntranslation:\n  from: en\n  status: reviewed\n  reviewedBy: Gujarati community reviewers\n  reviewedOn: 2026-11-24\n');
  });

  it('takes out a field the form emptied', () => {
    expect(mergeYaml('title: Carers\nreviewedBy: Someone\n', 'title: Carers\nreviewedBy: ""\n')).toBe('title: Carers\n');
  });
});

describe('house style for the editor’s Markdown', () => {
  it('puts tags on their own lines with blank lines inside, and uses - for bullets', () => {
    const fromEditor = '<Important>\n  <Idea picture="danger">\n    If someone is in **danger**, phone **999**.\n  </Idea>\n</Important>\n\n<WhatNext>\n  * Phone us.\n  * Read [more](/carers/).\n</WhatNext>\n';
    expect(houseStyle(fromEditor)).toBe('<Important>\n\n<Idea picture="danger">\n\nIf someone is in **danger**, phone **999**.\n\n</Idea>\n\n</Important>\n\n<WhatNext>\n\n- Phone us.\n- Read [more](/carers/).\n\n</WhatNext>\n');
  });

  it('keeps bold around a <bdi> part as the writer had it', () => {
    expect(houseStyle('* <bdi>**£23,250**</bdi>**&#x20;سے زیادہ:** آپ\n')).toBe('- **<bdi>£23,250</bdi> سے زیادہ:** آپ\n');
    expect(houseStyle('**سے کم&#x20;**<bdi>**£14,250**</bdi>\n')).toBe('**سے کم <bdi>£14,250</bdi>**\n');
  });
});
