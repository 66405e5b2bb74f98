import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { junitFormatter } from '../../../src/check/formatters/junit.js';
import { FILE_A, FILE_B, emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

const SCHEMA = readFileSync(new URL('./junit.xsd', import.meta.url), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: { fileName: 'junit.xsd', contents: SCHEMA } });
  return result.errors.map((error) => error.rawMessage);
}

describe('junit formatter', () => {
  it.each([
    ['a report with findings', sampleReport()],
    ['an empty report', emptyReport()],
    ['a report with hostile text and an unreadable file', hostileReport()],
  ])('is well-formed and valid against the JUnit schema for %s', async (_name, report) => {
    expect(await schemaErrors(junitFormatter.format(report, options()))).toEqual([]);
  });

  it('catches a broken document, so the validation above can fail', async () => {
    const xml = junitFormatter.format(sampleReport(), options()).replace('tests="4"', 'tests="four"');
    expect((await schemaErrors(xml)).length).toBeGreaterThan(0);
    expect((await schemaErrors('<testsuites><testsuite></testsuites>')).length).toBeGreaterThan(0);
  });

  it('writes a suite per file and a case per unit; error and warning findings fail it, infos go to system-out', () => {
    const xml = junitFormatter.format(sampleReport(), options());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tmkit check" tests="4" failures="3" errors="0">\n')).toBe(true);
    expect(xml).toContain(`  <testsuite name="${FILE_A}" tests="3" failures="2" errors="0" skipped="0">\n`);
    expect(xml).toContain(`  <testsuite name="${FILE_B}" tests="1" failures="1" errors="0" skipped="0">\n`);
    expect(xml).toContain(
      `    <testcase classname="${FILE_A}" name="u1">\n      <failure message="Deprecated form &quot;Kim Jong-un&quot; of 金正恩; use &quot;Kim Jong Un&quot;." type="term-deprecated">error term-deprecated ${FILE_A}:14:9\nDeprecated form "Kim Jong-un" of 金正恩; use "Kim Jong Un".\nsource: 金正恩\nfound: Kim Jong-un\nexpected: Kim Jong Un</failure>\n    </testcase>\n`,
    );
    expect(xml).toContain(`<failure message="Unknown word &quot;arived&quot;." type="spelling">`);
    expect(xml).toContain('      <system-out>info typography: Double space.</system-out>\n');
    expect(xml).toContain(`    <testcase classname="${FILE_A}" name="u3"/>\n`);
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    const xml = junitFormatter.format(hostileReport(), options());
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toContain('\u001b');
    expect(xml).toContain('name="u&quot;1&quot;&lt;"');
    expect(xml).toContain('<failure message="&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; \'q\' 100% a,b:c&#13;&#10;next\\u0007bell\\u001b[31m"');
    expect(xml).toContain('\n&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'q\' 100% a,b:c&#13;\nnext\\u0007bell\\u001b[31m\n');
  });

  it('reports an unreadable file as a suite with an error', () => {
    const xml = junitFormatter.format(hostileReport(), options());
    expect(xml).toContain('<testsuites name="tmkit check" tests="2" failures="1" errors="1">');
    expect(xml).toContain(
      '  <testsuite name="memory/broken &lt;1>.xlf" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="memory/broken &lt;1>.xlf" name="memory/broken &lt;1>.xlf">\n      <error message="not well-formed XML: &quot;&lt;&quot; &amp; more" type="input">',
    );
  });

  it('labels details in the chosen locale', () => {
    expect(junitFormatter.format(sampleReport(), options('zh-CN'))).toContain('\n原文： 金正恩\n实为： Kim Jong-un\n应为： Kim Jong Un</failure>');
  });

  it('writes an empty report as an empty test run', () => {
    expect(junitFormatter.format(emptyReport(), options())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tmkit check" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});
