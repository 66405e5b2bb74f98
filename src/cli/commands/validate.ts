import { validateFiles } from '../../validate/index.js';
import { type Command, UsageError } from '../command.js';
import { readTextFile } from '../files.js';
import { loadSchemaFiles } from '../schema-files.js';

/** Strict validation for CI: every violation with file, line and rule; exit 1 when there is any. */
export const validateCommand: Command = {
  name: 'validate',
  namespace: 'validate',
  options: {},
  async run(args, { io, t }) {
    const files = args.positionals;
    if (files.length === 0) throw new UsageError(t('common:errors.missingArgument', { name: 'FILE' }));
    const inputs = await Promise.all(files.map(async (name) => ({ name, text: await readTextFile(io, name) })));
    const results = await validateFiles(inputs, await loadSchemaFiles());
    const lines: string[] = [];
    let problems = 0;
    let invalidFiles = 0;
    results.forEach((result, index) => {
      const file = inputs[index].name;
      for (const violation of result.violations) lines.push(`${file}:${violation.line}:${violation.column}: ${t(`validate:problems.${violation.messageId}`, violation.data)} [${violation.rule}]`);
      if (result.omitted) lines.push(t('validate:validate.omitted', { file, count: result.omitted }));
      if (result.unchecked) lines.push(t('validate:validate.unchecked', { file, format: result.unchecked }));
      problems += result.violations.length + (result.omitted ?? 0);
      if (result.violations.length > 0) invalidFiles++;
    });
    lines.push(t('validate:validate.result', { count: files.length, valid: files.length - invalidFiles, problems }));
    io.stdout(`${lines.join('\n')}\n`);
    return problems > 0 ? 1 : 0;
  },
};
