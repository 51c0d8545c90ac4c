import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET } from '../../../src/forms/engine/reference.ts';
import { CODE_LENGTH, shortCode, shortLinkTable, shortPath, tidyCode } from '../../../src/sharing/short-links.ts';
import { siteUrlProblem } from '../../../src/sharing/site-url.ts';

describe('short links', () => {
  it('are five characters with nothing to confuse on the phone, and the same every time', () => {
    const code = shortCode('/gu/carers/easy-read/');
    expect(code).toHaveLength(CODE_LENGTH);
    expect([...code].every((c) => REFERENCE_ALPHABET.includes(c))).toBe(true);
    expect(code).not.toMatch(/[01ILOSUV]/);
    expect(shortCode('/gu/carers/easy-read/')).toBe(code);
    expect(shortCode('/carers/')).not.toBe(code);
    expect(shortPath('/carers/')).toBe(`/s/${shortCode('/carers/')}/`);
  });

  it('read a code as people type it', () => {
    const code = shortCode('/carers/');
    expect(tidyCode(code.toLowerCase())).toBe(code);
    expect(tidyCode(`${code.slice(0, 2)} ${code.slice(2)}`)).toBe(code);
    expect(tidyCode('AB1CD')).toBeUndefined(); // 1 is never in a code
    expect(tidyCode('ABCDEF')).toBeUndefined();
    expect(tidyCode('../..')).toBeUndefined();
  });

  it('refuse two pages with one code, naming both', () => {
    expect(() => shortLinkTable(['/a/', '/a/'])).not.toThrow();
    // Find two addresses that share a code, to prove the check works.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const path = `/page-${i}/`;
      const other = seen.get(shortCode(path));
      if (other) pair = [other, path];
      seen.set(shortCode(path), path);
    }
    expect(() => shortLinkTable(pair)).toThrow(new RegExp(`${pair[0]} and ${pair[1]}`));
  });
});

describe('SITE_URL for a production build', () => {
  it('must be the public https address of the site\'s root', () => {
    expect(siteUrlProblem(undefined)).toMatch(/^SITE_URL is not set/);
    expect(siteUrlProblem('  ')).toMatch(/^SITE_URL is not set/);
    expect(siteUrlProblem('care.leicester.gov.uk')).toMatch(/is not an address/);
    expect(siteUrlProblem('http://care.leicester.gov.uk')).toMatch(/must start with https/);
    expect(siteUrlProblem('https://127.0.0.1:4321')).toMatch(/this machine's own address/);
    expect(siteUrlProblem('https://care.leicester.gov.uk/portal/')).toMatch(/root/);
    expect(siteUrlProblem('https://care.leicester.gov.uk')).toBeUndefined();
    expect(siteUrlProblem('https://care.leicester.gov.uk/')).toBeUndefined();
  });
});

describe('npm run build:production', () => {
  const check = (env: Record<string, string>) => {
    const { SITE_URL: _drop, ...rest } = process.env;
    void _drop;
    return spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/check-site-url.ts'], {
      cwd: path.resolve(import.meta.dirname, '../../..'), env: { ...rest, ...env }, encoding: 'utf8',
    });
  };
  it('stops before building when SITE_URL is missing, saying what to set', () => {
    const run = check({});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_URL is not set');
    expect(run.stderr).toContain('SITE_URL=https://');
  });
  it('goes on with a public address', () => {
    const run = check({ SITE_URL: 'https://care.leicester.gov.uk' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Building for https://care.leicester.gov.uk\n');
  });
});
