import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../../src/perf/free-port.ts';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { adviceSchema } from '../../src/content/schema.ts';
import { parseContentFile } from '../../src/lint/document.ts';

// The friendly editor, as a co-production member uses it: change a page's title, mark a
// translation as reviewed, and find both saved on disk with valid frontmatter and the rest
// of each file as it was. It starts its own `npm run editor` on a spare loopback port, on a
// copy of content/, so the real pages never change. One test: astro dev is slow to start.

const root = path.resolve(import.meta.dirname, '../..');

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The editor did not start at ${url}`);
}

/** Frontmatter and body of a saved file, the frontmatter checked by the site's own schema. */
function readPage(file: string) {
  const doc = parseContentFile(path.relative(root, file), fs.readFileSync(file, 'utf8'));
  return { doc, data: adviceSchema.parse(doc.data) };
}

async function save(page: Page) {
  const saved = page.waitForResponse((r) => r.url().includes('/api/keystatic/update') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await saved).status()).toBe(200);
}

test('a page edited and a translation marked reviewed in the editor are saved as valid files', async ({ page }) => {
  test.setTimeout(6 * 60_000);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-editor-'));
  fs.cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
  const english = path.join(copy, 'content/advice/carers/en.mdx');
  const gujarati = path.join(copy, 'content/advice/carers/gu.mdx');
  const before = { english: readPage(english), gujarati: readPage(gujarati) };
  const realEnglish = fs.readFileSync(path.join(root, 'content/advice/carers/en.mdx'), 'utf8');

  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    server = spawn(process.execPath, ['src/editor/run.ts', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, PORTAL_EDITOR_ROOT: copy },
      stdio: 'ignore',
      detached: true,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/keystatic`, 120_000);

    // 1. Change the English page's title.
    await page.goto(`${base}/keystatic/collection/advice-en/item/carers`);
    const title = page.getByRole('textbox', { name: /^Title/ });
    await expect(title).toHaveValue(before.english.data.title, { timeout: 120_000 });
    await title.fill('Support for unpaid carers and their families');
    await save(page);
    await expect.poll(() => readPage(english).data.title, { timeout: 10_000 }).toBe('Support for unpaid carers and their families');
    const afterEnglish = readPage(english);
    expect(afterEnglish.doc.body).toBe(before.english.doc.body);
    expect({ ...afterEnglish.data, title: before.english.data.title }).toEqual(before.english.data);

    // 2. Mark the Gujarati translation as reviewed, with who checked it and when.
    await page.goto(`${base}/keystatic/collection/advice-gu/item/carers`);
    await page.getByRole('button', { name: /Status/ }).click({ timeout: 120_000 });
    await page.getByRole('option', { name: /^Reviewed/ }).click();
    await page.getByRole('textbox', { name: /^Reviewed by/ }).fill('Gujarati community reviewers');
    await page.getByRole('textbox', { name: /^Reviewed on/ }).fill('2026-11-24');
    await save(page);
    await expect.poll(() => readPage(gujarati).data.translation?.status, { timeout: 10_000 }).toBe('reviewed');
    const afterGujarati = readPage(gujarati);
    expect(afterGujarati.data.translation).toMatchObject({ status: 'reviewed', reviewedBy: 'Gujarati community reviewers', sourceHash: before.gujarati.data.translation?.sourceHash });
    expect(afterGujarati.data.translation?.reviewedOn?.toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(afterGujarati.doc.body).toBe(before.gujarati.doc.body);

    // The project's own pages were not touched.
    expect(fs.readFileSync(path.join(root, 'content/advice/carers/en.mdx'), 'utf8')).toBe(realEnglish);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already stopped.
      }
    }
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
