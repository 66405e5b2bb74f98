/**
 * Validation against the official schemas shipped in `schemas/`, by libxml2 compiled to
 * WebAssembly (xmllint-wasm): no system tool, no network. The schema files are given by the
 * caller (the CLI reads them), so this module touches no file.
 */
import { validateXML } from 'xmllint-wasm';

/** A file of the `schemas/` folder: its path in that folder (`xliff-2.1/fs.xsd`) and contents. */
export interface SchemaFile {
  path: string;
  contents: string | Uint8Array;
}

export interface SchemaProblem {
  line?: number;
  message: string;
}

export const SCHEMAS = {
  'xliff-1.1': { file: 'xliff-1.1/xliff-core-1.1.xsd', language: 'schema' },
  'xliff-1.2': { file: 'xliff-1.2/xliff-core-1.2-strict.xsd', language: 'schema' },
  'xliff-1.2-transitional': { file: 'xliff-1.2/xliff-core-1.2-transitional.xsd', language: 'schema' },
  'xliff-2.0': { file: 'xliff-2.0/all-modules.xsd', language: 'schema' },
  'xliff-2.1': { file: 'xliff-2.1/all-modules.xsd', language: 'schema' },
  'xliff-2.2': { file: 'xliff-2.2/all-modules.xsd', language: 'schema' },
  'tmx-1.4': { file: 'tmx/tmx14.rng', language: 'relaxng' },
  'tbx-core': { file: 'tbx/TBXcoreStructV03.rng', language: 'relaxng' },
  'tbx-basic': { file: 'tbx/TBX-Basic/TBXcoreStructV03_TBX-Basic_integrated.rng', language: 'relaxng' },
} as const satisfies Record<string, { file: string; language: 'schema' | 'relaxng' }>;

export type SchemaName = keyof typeof SCHEMAS;

const DOCUMENT = 'document.xml';
const ROOT = '/schemas';

/**
 * What libxml2 finds wrong with `text` under the schema, with lines; `[]` when it is valid.
 * Imports of the W3C `xml.xsd` by URL are served from the shipped copy.
 */
export async function schemaProblems(text: string, name: SchemaName, files: readonly SchemaFile[]): Promise<SchemaProblem[]> {
  const { file, language } = SCHEMAS[name];
  const folder = `${file.split('/')[0]}/`;
  const wanted = files.filter((candidate) => candidate.path.startsWith(folder) || candidate.path.startsWith('w3c/'));
  const schema = wanted.find((candidate) => candidate.path === file);
  if (!schema) throw new Error(`schema file ${file} is missing`);
  let output: string;
  try {
    const result = await validateXML({
      xml: { fileName: DOCUMENT, contents: text },
      schema: { fileName: `${ROOT}/${file}`, contents: schema.contents },
      preload: wanted.filter((candidate) => candidate !== schema).map((candidate) => ({ fileName: `${ROOT}/${candidate.path}`, contents: candidate.contents })),
      extension: language,
      disableFileNameValidation: true,
      modifyArguments: (args) => ['--nonet', '--path', `${ROOT}/w3c`, ...args],
    });
    if (result.valid) return [];
    output = result.rawOutput;
  } catch (error) {
    // xmllint's exit code for a document that is not well-formed rejects the promise.
    output = error instanceof Error ? error.message : String(error);
  }
  return problemsIn(output);
}

/** xmllint's messages about the document (`document.xml:12: element x: … : message`), not about loading. */
function problemsIn(output: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const line of output.split('\n')) {
    const match = /^(?:\/)?document\.xml:(\d+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const message = match[2].replace(/^(?:element [^:]+: |parser error : )?(?:Schemas validity error : |Relax-NG validity error : )?/, '').trim();
    problems.push({ line: Number(match[1]), message });
  }
  if (problems.length === 0 && /fails to validate|error/i.test(output)) problems.push({ message: output.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'invalid' });
  return problems;
}
