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

/** A document's schema problems: the first `MAX_PROBLEMS_KEPT`, and how many more there were. */
export interface SchemaProblems {
  kept: SchemaProblem[];
  omitted: number;
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

const ROOT = '/schemas';
/** Documents validated in one run of xmllint (the schema is compiled once per run). */
const BATCH = 40;
/**
 * Problems kept per document; the rest are counted. A hostile file can break one rule a million
 * times, and a million messages in memory and on screen help nobody.
 */
export const MAX_PROBLEMS_KEPT = 1000;

/** What libxml2 finds wrong with `text` under the schema, with lines; `[]` when it is valid. */
export async function schemaProblems(text: string, name: SchemaName, files: readonly SchemaFile[]): Promise<SchemaProblem[]> {
  return (await schemaProblemsOfEach([text], name, files))[0].kept;
}

/**
 * The problems of each document under one schema, documents validated in batches. Imports of
 * the W3C `xml.xsd` by URL are served from the shipped copy.
 */
export async function schemaProblemsOfEach(texts: readonly string[], name: SchemaName, files: readonly SchemaFile[]): Promise<SchemaProblems[]> {
  const { file, language } = SCHEMAS[name];
  const folder = `${file.split('/')[0]}/`;
  const wanted = files.filter((candidate) => candidate.path.startsWith(folder) || candidate.path.startsWith('w3c/'));
  const schema = wanted.find((candidate) => candidate.path === file);
  if (!schema) throw new Error(`schema file ${file} is missing`);
  const problems: SchemaProblems[] = texts.map(() => ({ kept: [], omitted: 0 }));
  const add = (document: number, problem: SchemaProblem) => {
    const found = problems[document];
    if (found.kept.length < MAX_PROBLEMS_KEPT) found.kept.push(problem);
    else found.omitted++;
  };
  for (let start = 0; start < texts.length; start += BATCH) {
    const batch = texts.slice(start, start + BATCH);
    let output: string;
    try {
      const result = await validateXML({
        xml: batch.map((contents, index) => ({ fileName: `document-${start + index}.xml`, contents })),
        schema: { fileName: `${ROOT}/${file}`, contents: schema.contents },
        preload: wanted.filter((candidate) => candidate !== schema).map((candidate) => ({ fileName: `${ROOT}/${candidate.path}`, contents: candidate.contents })),
        extension: language,
        disableFileNameValidation: true,
        maxMemoryPages: 16384,
        modifyArguments: (args) => ['--nonet', '--path', `${ROOT}/w3c`, ...args],
      });
      output = result.rawOutput;
    } catch (error) {
      // xmllint's exit code for a document that is not well-formed rejects the promise.
      output = error instanceof Error ? error.message : String(error);
    }
    for (const line of output.split('\n')) {
      const match = /^\/?document-(\d+)\.xml:(\d+):\s*(.*)$/.exec(line);
      // Warnings (an external DTD not loaded) are not problems of the document.
      if (match && /^\s*warning\b/i.test(match[3])) continue;
      if (match) add(Number(match[1]), { line: Number(match[2]), message: cleanMessage(match[3]) });
      else {
        const failed = /^\/?document-(\d+)\.xml fails to validate/.exec(line);
        if (failed && problems[Number(failed[1])].kept.length === 0) add(Number(failed[1]), { message: 'fails to validate' });
      }
    }
  }
  return problems;
}

/** `element x: Schemas validity error : Element 'x': …` → `Element 'x': …`. */
function cleanMessage(message: string): string {
  return message.replace(/^(?:element [^:]+: )?(?:parser error : |Schemas validity error : |Relax-NG validity error : )?/, '').trim();
}
