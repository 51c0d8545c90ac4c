import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fromRoot } from '../config/root.ts';
import { datasetFileSchema, type Dataset } from './schema.ts';
import { totalProblems } from './totals.ts';

export const figuresDir = 'content/figures';

/**
 * Reads and checks one data file. Throws one error listing everything wrong with it,
 * each line starting with the file's name, so a failed build says where to look.
 */
export function parseDataset(file: string, text: string): Dataset {
  const result = datasetFileSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n'));
  }
  const dataset = result.data;
  const expected = path.basename(file).replace(/\.ya?ml$/, '');
  const problems = totalProblems(file, dataset);
  if (dataset.id !== expected) problems.unshift(`${file}: id is "${dataset.id}" but the file is called ${expected}.yaml: make them the same`);
  if (problems.length) throw new Error(problems.join('\n'));
  return dataset;
}

const cache = new Map<string, Dataset[]>();

/** Every data file in a folder (content/figures by default), checked, read once per build. */
export function loadDatasets(dir = fromRoot(figuresDir)): Dataset[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const errors: string[] = [];
  const datasets: Dataset[] = [];
  for (const name of files) {
    const relative = path.relative(fromRoot(), path.join(dir, name)) || name;
    try {
      datasets.push(parseDataset(relative, fs.readFileSync(path.join(dir, name), 'utf8')));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  // Report every broken file at once rather than one per build.
  if (errors.length) throw new Error(`Figures data files have problems:\n${errors.join('\n')}`);
  cache.set(dir, datasets);
  return datasets;
}
