/**
 * `tmkit validate` on the OASIS XLIFF 2.0/2.1 conformance suites (`../shared/data/xliff-conformance`,
 * read at run time): valid files accepted, invalid files reported with the rule their name says
 * they break, by rule. `--verbose` lists the files that miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSchemaFiles } from '../src/cli/schema-files.js';
import { validateFiles } from '../src/validate/index.js';

const root = path.resolve(import.meta.dirname, '..');
const suite = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data/xliff-conformance');
const verbose = process.argv.includes('--verbose');

/** The rule an invalid file breaks, from its name (the suite names each file after its one fault). */
const EXPECTED: Array<[RegExp, string]> = [
  [/Bad-\w+[_-](?:\w+-)*not-unique|IdNotUnique|DuplicateNoteIds|DuplicateExtElemIds/, 'unique-id'],
  [/InvalidId\d|InvalidStateValue|InvalidTypeValue|InvalidHexValue|InvalidDirAttribute|InvalidTranslateInSegment|InvalidExtensionAttributeOn(?:Segment|Source|Target)|InvalidExtensionElement|InvalidNotesIn|NoFile|NoUnitOrGroupInFile|NotesWithoutNote|OriginalDataWithoutData|SegmentWithoutSource|IgnorableWithoutSource|TwoSourceInUnit|GroupWithoutId|SubFlowWithInvalidValue|InvalidFSAttributeValue/, 'schema'],
  [/Bad-mda_|Bad-mtc_id-not-nmtoken|Bad-mtc_type-value-not-in-list|Bad-val_invalid-|Bad-fs_fs-not-valid-HTML|Bad-gls_invalid-extension/, 'schema'],
  [/LangNotWellFormed/, 'language-tag'],
  [/NoTrgLang|WrongSourceLang|WrongTargetLang|WrongLangOnTarget|XmlLangInherited/, 'language'],
  [/ScAndEc|YesCanReorderInEcForFirstNoInSc/, 'sc-ec-attributes'],
  [/Isolated|EcBeforeSc|EcWith(?:out)?StartRef/, 'sc-ec'],
  [/EmBeforeSm|LoneEm|LoneSm/, 'sm-em'],
  [/DataRef/, 'data-ref'],
  [/CopyOf/, 'copy-of'],
  [/ReorderFirstNo|WrongReordering|canReorderContext/, 'can-reorder'],
  [/OrderNotUnique/, 'target-order'],
  [/SubStateWithoutState/, 'sub-state'],
  [/SubTypeWithoutType|InvalidTypeSubTypeValues/, 'sub-type'],
  [/UnitWithoutSegment/, 'unit-segment'],
  [/Skeleton/, 'skeleton'],
  [/FragId/, 'fragment-id'],
  [/Comment|NoteRef/, 'comment-annotation'],
  [/SubFlowWithInvalidReference/, 'sub-flows'],
  [/ExtensionAttributeOnPc/, 'extension-attribute'],
  [/MissingNonRemovable/, 'non-removable'],
  [/DifferentXmlSpace/, 'xml-space'],
  [/HexRange/, 'cp'],
  [/InvalidFSAttribute|Bad-fs_/, 'fs'],
  [/InvalidValidation|Bad-val_/, 'val'],
  [/Bad-(ctr|gls|mtc|res|slr)[_-]/, '$1'],
];

function expectedRule(name: string): string {
  for (const [pattern, rule] of EXPECTED) {
    const match = pattern.exec(name);
    if (match) return rule.replace('$1', match[1] ?? '');
  }
  return '?';
}

const schemas = await loadSchemaFiles();
const byRule = new Map<string, { files: number; right: number }>();
let valid = 0;
let accepted = 0;
let invalid = 0;
let right = 0;
let otherRule = 0;
const started = Date.now();
const files: Array<{ expectation: string; version: string; name: string; text: string }> = [];
for (const expectation of ['valid', 'invalid']) {
  for (const version of readdirSync(path.join(suite, expectation)).sort()) {
    for (const name of readdirSync(path.join(suite, expectation, version)).sort()) {
      files.push({ expectation, version, name, text: readFileSync(path.join(suite, expectation, version, name), 'utf8') });
    }
  }
}
const results = await validateFiles(files, schemas);
files.forEach(({ expectation, version, name }, index) => {
  const { violations } = results[index];
  const rules = [...new Set(violations.map((violation) => violation.rule))];
  if (expectation === 'valid') {
    valid++;
    if (violations.length === 0) accepted++;
    else if (verbose) console.log(`valid file refused: ${version}/${name}: ${violations.map((v) => `${v.line}:${v.rule}: ${v.messageId} ${JSON.stringify(v.data)}`).join(' | ')}`);
    return;
  }
  invalid++;
  const expected = expectedRule(name);
  const entry = byRule.get(expected) ?? { files: 0, right: 0 };
  byRule.set(expected, entry);
  entry.files++;
  if (rules.includes(expected)) {
    right++;
    entry.right++;
  } else {
    if (rules.length > 0) otherRule++;
    if (verbose) console.log(`invalid file ${rules.length > 0 ? `reported as ${rules.join(',')}` : 'not reported'} (expected ${expected}): ${version}/${name}`);
  }
});
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(`valid files accepted:             ${accepted}/${valid} (${percent(accepted, valid)})`);
console.log(`invalid files, right rule:        ${right}/${invalid} (${percent(right, invalid)})`);
console.log(`invalid files, another rule only: ${otherRule}`);
console.log(`invalid files not reported:       ${invalid - right - otherRule}`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s for ${valid + invalid} files\n`);
console.log('rule                 invalid files  reported with it');
for (const [rule, { files, right: hits }] of [...byRule].sort((a, b) => b[1].files - a[1].files || a[0].localeCompare(b[0]))) {
  console.log(`${rule.padEnd(20)} ${String(files).padStart(13)}  ${String(hits).padStart(16)}`);
}
