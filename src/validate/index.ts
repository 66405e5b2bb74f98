/**
 * `tmkit validate`: a file checked as strictly as its standard allows. XLIFF 2.x against its
 * schema and every processing requirement; XLIFF 1.x, TMX 1.4 and TBX against their schemas.
 */
import { InputError } from '../errors.js';
import { parseXml, type XmlElement } from '../xml/xml.js';
import { rootTag } from '../formats/xml-model.js';
import { xliffGeneration } from '../formats/xliff-version.js';
import { type SchemaFile, type SchemaName, schemaProblemsOfEach } from './schema.js';
import type { Violation } from './violation.js';
import { xliff2Violations } from './xliff2.js';

export type { Violation } from './violation.js';
export { MAX_PROBLEMS_KEPT, type SchemaFile, type SchemaName, type SchemaProblem, schemaProblems, SCHEMAS } from './schema.js';
export { xliff2Violations } from './xliff2.js';

export interface ValidationResult {
  /** What the file was taken for: `XLIFF 2.1`, `TMX 1.4`, … */
  format: string;
  violations: Violation[];
  /** Set when no schema ships for this version (XLIFF 1.0, TMX before 1.4, TBX v2): only well-formedness was checked. */
  unchecked?: string;
  /** Schema problems found beyond those listed in `violations`. */
  omitted?: number;
}

/** The schema a document is checked against, from its root element. */
function schemaFor(text: string): { format: string; schema?: SchemaName; xliff2?: boolean } {
  const root = rootTag(text);
  const version = root?.element.attrs.find(([name]) => name === 'version')?.[1] ?? '';
  const generation = xliffGeneration(text);
  if (generation === '2') {
    const name = version === '2.0' ? 'xliff-2.0' : version === '2.2' || root?.namespace?.endsWith(':2.2') ? 'xliff-2.2' : 'xliff-2.1';
    return { format: `XLIFF ${version || '2'}`, schema: name, xliff2: true };
  }
  if (generation === '1') return { format: `XLIFF ${version}`, schema: version === '1.2' ? 'xliff-1.2-transitional' : version === '1.1' ? 'xliff-1.1' : undefined };
  if (root?.local === 'tmx') return { format: `TMX ${version}`, schema: version === '1.4' ? 'tmx-1.4' : undefined };
  if (root?.local === 'tbx') return { format: 'TBX', schema: root.element.attrs.some(([name, value]) => name === 'type' && value === 'TBX-Basic') ? 'tbx-basic' : 'tbx-core' };
  if (root?.local === 'martif') return { format: 'TBX v2 (martif)' };
  return { format: 'unknown' };
}

/** Elements that hold one translation unit or termbase entry, by local name. */
const UNIT_ELEMENTS = new Set(['trans-unit', 'bin-unit', 'unit', 'tu', 'termEntry', 'conceptEntry']);
/**
 * The most elements one unit may hold for its schema to be checked. libxml2 spends about 0.1 ms on
 * each problem it reports, so a unit repeating one bad inline code a million times would take
 * minutes; a real unit holds a few dozen codes.
 */
export const MAX_ELEMENTS_PER_UNIT = 10_000;

/** The first unit holding more elements than the schema check takes, found without recursion. */
function oversizedUnit(root: XmlElement): { unit: XmlElement; count: number } | undefined {
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (UNIT_ELEMENTS.has(element.name.slice(element.name.indexOf(':') + 1))) {
      const count = elementCount(element);
      if (count > MAX_ELEMENTS_PER_UNIT) return { unit: element, count };
      continue;
    }
    for (const child of element.children) if (child.type === 'element') stack.push(child);
  }
  return undefined;
}

function elementCount(root: XmlElement): number {
  let count = 0;
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (child.type !== 'element') continue;
      count++;
      stack.push(child);
    }
  }
  return count;
}

/** The processing-requirement violations of a well-formed file, or why it is not well-formed. */
function documentViolations(text: string, fileName: string, xliff2: boolean): Violation[] {
  try {
    const { root } = parseXml(text, { fileName });
    const oversized = oversizedUnit(root);
    if (oversized) {
      const { unit, count } = oversized;
      return [{ rule: 'limits', line: unit.line, column: unit.column, messageId: 'limits', data: { element: unit.name, count, limit: MAX_ELEMENTS_PER_UNIT } }];
    }
    return xliff2 ? xliff2Violations(root) : [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ rule: 'xml', line: error.line ?? 1, column: error.column ?? 1, messageId: 'xml', data: { detail: error.reason } }];
  }
}

/** Each file checked: its own rules first, then its schema, files that share a schema in one run. */
export async function validateFiles(files: ReadonlyArray<{ name: string; text: string }>, schemas: readonly SchemaFile[]): Promise<ValidationResult[]> {
  const results: ValidationResult[] = [];
  const bySchema = new Map<SchemaName, number[]>();
  files.forEach(({ name, text }, index) => {
    const { format, schema, xliff2 } = schemaFor(text);
    if (format === 'unknown') {
      results.push({ format, violations: [{ rule: 'format', line: 1, column: 1, messageId: 'format', data: {} }] });
      return;
    }
    const violations = documentViolations(text, name, xliff2 === true);
    results.push(schema === undefined ? { format, violations, unchecked: format } : { format, violations });
    if (schema !== undefined && !violations.some((violation) => violation.rule === 'xml' || violation.rule === 'limits')) bySchema.set(schema, [...(bySchema.get(schema) ?? []), index]);
  });
  for (const [schema, indices] of bySchema) {
    const problems = await schemaProblemsOfEach(indices.map((index) => files[index].text), schema, schemas);
    indices.forEach((fileIndex, k) => {
      const { violations } = results[fileIndex];
      if (problems[k].omitted > 0) results[fileIndex].omitted = problems[k].omitted;
      for (const problem of problems[k].kept) violations.push({ rule: 'schema', line: problem.line ?? 1, column: 1, messageId: 'schema', data: { detail: problem.message } });
      violations.sort((a, b) => a.line - b.line || a.column - b.column);
    });
  }
  return results;
}
