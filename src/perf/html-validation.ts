import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * Validates built pages with html-validate, configured by the project's .htmlvalidate.mjs
 * (found from each file's folder upwards, as the html-validate CLI does).
 */
export async function validateHtmlFiles(files: readonly string[]): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
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
