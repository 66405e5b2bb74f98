import { loadSchemaFiles } from '../../src/cli/schema-files.js';
import { type SchemaName, schemaProblems } from '../../src/validate/schema.js';

const files = loadSchemaFiles();

/** 'valid', or libxml2's complaints against a schema shipped in `schemas/`. */
export async function validate(schema: SchemaName, text: string): Promise<string> {
  const problems = await schemaProblems(text, schema, await files);
  return problems.length === 0 ? 'valid' : problems.map((problem) => `${problem.line ?? '?'}: ${problem.message}`).join('\n');
}
