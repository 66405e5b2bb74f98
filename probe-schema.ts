import { readdirSync, readFileSync } from 'node:fs';
import { loadSchemaFiles } from './src/cli/schema-files.js';
import { schemaProblems } from './src/validate/schema.js';
const files = await loadSchemaFiles();
const C = '/work/shared/data/xliff-conformance';
for (const kind of ['valid', 'invalid']) for (const v of ['xliff20', 'xliff21']) {
  for (const name of readdirSync(`${C}/${kind}/${v}`)) {
    const text = readFileSync(`${C}/${kind}/${v}/${name}`, 'utf8');
    const version = /version="(2\.\d)"/.exec(text)?.[1] ?? '2.1';
    const problems = await schemaProblems(text, version === '2.0' ? 'xliff-2.0' : version === '2.2' ? 'xliff-2.2' : 'xliff-2.1', files);
    console.log(`${kind}\t${v}\t${name}\t${version}\t${problems.length}\t${problems.slice(0, 2).map((p) => `${p.line}:${p.message}`).join(' | ').slice(0, 250)}`);
  }
}
