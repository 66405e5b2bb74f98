import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../cli/run-cli.js';

export const SHARED = process.env.TMKIT_SHARED ?? path.resolve(ROOT, '../shared');

/** Whether xmllint (Debian libxml2-utils) is installed; schema tests are skipped, saying so, when not. */
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).error === undefined;
if (!HAS_XMLLINT) console.warn('xmllint not found: schema validation tests are skipped (install libxml2-utils)');

/** Schemas under shared/schemas/ by what they validate. */
export const SCHEMAS = {
  xliff2: ['--schema', 'xliff-2.1/xliff-2.1-all.xsd'],
  'xliff2.0': ['--schema', 'xliff-2.0/xliff-2.0-all.xsd'],
  xliff12: ['--schema', 'xliff-1.2/xliff-core-1.2-strict.xsd'],
  'xliff12-transitional': ['--schema', 'xliff-1.2/xliff-core-1.2-transitional.xsd'],
  tmx: ['--dtdvalid', 'tmx/tmx14.dtd'],
  tmx11: ['--dtdvalid', 'tmx/tmx11.dtd'],
} as const;

/** 'valid', or xmllint's complaints. Offline: the catalog maps every schema URL to shared/schemas. */
export function validate(schema: keyof typeof SCHEMAS, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-schema-'));
  try {
    const file = path.join(dir, 'out.xml');
    writeFileSync(file, text);
    const [flag, schemaPath] = SCHEMAS[schema];
    const result = spawnSync('xmllint', ['--nonet', '--noout', flag, path.join(SHARED, 'schemas', schemaPath), file], {
      env: { ...process.env, XML_CATALOG_FILES: path.join(SHARED, 'schemas/catalog.xml') },
      encoding: 'utf8',
    });
    return result.status === 0 ? 'valid' : result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
