import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * Validates built pages with html-validate and the project's configuration file, loaded by
 * path rather than searched for beside each page, so a site built elsewhere (a benchmark's
 * temporary folder) is held to the same rules.
 */
export async function validateHtmlFiles(files: readonly string[], configFile: string): Promise<HtmlProblem[]> {
  const config = (await import(pathToFileURL(configFile).href)).default as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return problems;
}
