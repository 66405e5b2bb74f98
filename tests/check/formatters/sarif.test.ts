import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { findingFingerprint } from '../../../src/model/finding.js';
import { sarifFormatter } from '../../../src/check/formatters/sarif.js';
import { FINDINGS, emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

// The OASIS SARIF 2.1.0 schema (draft-04) as shipped by @microsoft/jest-sarif; validated offline.
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true, format: 'full' });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

function sarif(report = sampleReport()) {
  return JSON.parse(sarifFormatter.format(report, options()));
}

describe('sarif formatter', () => {
  it.each([
    ['a report with findings', sampleReport()],
    ['an empty report', emptyReport()],
    ['a report with hostile text and an unreadable file', hostileReport()],
  ])('is valid SARIF 2.1.0 for %s', (_name, report) => {
    const valid = validate(JSON.parse(sarifFormatter.format(report, options())));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('catches what the schema forbids, so the validation above can fail', () => {
    const broken = sarif();
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every rule with help text and a default level', () => {
    const { driver } = sarif().runs[0].tool;
    expect(driver.name).toBe('tmkit');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['term-deprecated', 'spelling', 'typography']);
    expect(driver.rules[0]).toMatchObject({
      shortDescription: { text: 'A deprecated form of a termbase term in the target.' },
      fullDescription: { text: 'A deprecated form of a termbase term in the target. Needs a termbase (--terms).' },
      help: { text: expect.stringContaining('docs/rules/term-deprecated.md'), markdown: expect.stringContaining('](docs/rules/term-deprecated.md)') },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[2].defaultConfiguration.level).toBe('note');
  });

  it('points each result at its rule, file, line, column and unit', () => {
    const { results } = sarif().runs[0];
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({
      ruleId: 'term-deprecated',
      ruleIndex: 0,
      level: 'error',
      message: { text: FINDINGS[0].message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'memory/visit.xlf' }, region: { startLine: 14, startColumn: 9 } },
          logicalLocations: [{ name: 'u1', fullyQualifiedName: 'memory/visit.xlf#u1', kind: 'object' }],
        },
      ],
      properties: { source: '金正恩', expected: 'Kim Jong Un', found: 'Kim Jong-un' },
    });
    expect(results[1].ruleIndex).toBe(1);
    expect(results[2].level).toBe('note');
  });

  it('writes relative URIs with forward slashes, percent-encoded', () => {
    const { results } = sarif().runs[0];
    expect(results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('memory/news/%E5%A4%8F%E5%AD%A3%202.xlf');
  });

  it('leaves out the rule index of a rule missing from the rule table', () => {
    // `untranslated` ran but is not in the fixture's rule table.
    const { results } = sarif().runs[0];
    expect(results[3].ruleId).toBe('untranslated');
    expect(results[3]).not.toHaveProperty('ruleIndex');
  });

  it('fingerprints findings by content, not position', () => {
    const moved = { ...FINDINGS[0], line: 99, column: 1 };
    expect(findingFingerprint(moved)).toBe(findingFingerprint(FINDINGS[0]));
    expect(findingFingerprint({ ...FINDINGS[0], found: 'Kim Jong-Un' })).not.toBe(findingFingerprint(FINDINGS[0]));
    expect(sarif().runs[0].results[0].partialFingerprints['tmkitFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports unreadable files as failed-execution notifications', () => {
    const [invocation] = sarif(hostileReport()).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'not well-formed XML: "<" & more' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'memory/broken%20%3C1%3E.xlf' }, region: { startLine: 7, startColumn: 2 } } }],
      },
    ]);
    expect(sarif().runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('is deterministic', () => {
    expect(sarifFormatter.format(sampleReport(), options())).toBe(sarifFormatter.format(sampleReport(), options()));
  });
});
