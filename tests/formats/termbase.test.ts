import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTermbaseFormat, readTermbase, tbxFormat } from '../../src/formats/index.js';
import { ROOT } from '../cli/run-cli.js';
import { validate } from './validate-xml.js';

const CSV = 'zh,en,status,kind,note\n金正恩,Kim Jong Un,preferred,name,\n金正恩,"Kim Jong-un",deprecated,name,"hyphenated, old"\n外务相,Foreign Minister,preferred,title,\n';

describe('CSV termbases', () => {
  it('reads rows into concepts keyed by the Chinese term and writes them back', () => {
    const termbase = csvTermbaseFormat.parse(CSV, { fileName: 'terms.csv' });
    expect(termbase.concepts).toHaveLength(2);
    expect(termbase.concepts[0].terms.map((term) => [term.text, term.status])).toEqual([
      ['金正恩', 'preferred'],
      ['Kim Jong Un', 'preferred'],
      ['Kim Jong-un', 'deprecated'],
    ]);
    expect(termbase.concepts[0].terms[2].note).toBe('hyphenated, old');
    expect(csvTermbaseFormat.serialize(termbase)).toBe(CSV.replace('"Kim Jong-un"', 'Kim Jong-un'));
  });

  it('names the line of a bad header, status or kind, and the columns it knows', () => {
    expect(() => csvTermbaseFormat.parse('chinese_text,english_text\n', { fileName: 't.csv' })).toThrow(/t\.csv:1: cannot read the header "chinese_text,english_text".*known columns: zh, zh-cn/);
    expect(() => csvTermbaseFormat.parse('zh,en,status,kind,note\n朝鲜,DPRK,approved,org,\n', { fileName: 't.csv' })).toThrow(/t\.csv:2: unknown status "approved"/);
    expect(() => csvTermbaseFormat.parse('zh,en,status,kind,note\n朝鲜,DPRK,preferred,country,\n', { fileName: 't.csv' })).toThrow(/unknown kind "country"/);
    expect(() => csvTermbaseFormat.parse('zh,en,status,kind,note\n"open,DPRK\n', { fileName: 't.csv' })).toThrow(/unterminated quoted field/);
  });
});

describe('CSV termbases as users have them', () => {
  const concepts = (text: string) => csvTermbaseFormat.parse(text).concepts.map((concept) => [concept.kind, ...concept.terms.map((term) => `${term.text}:${term.status}`)]);

  it('reads the header with or without note, in any order, under the usual names', () => {
    const expected = [['org', '朝鲜:preferred', 'DPRK:preferred']];
    expect(concepts('zh,en,status,kind\n朝鲜,DPRK,preferred,org\n')).toEqual(expected);
    expect(concepts('kind,status,en,zh\norg,preferred,DPRK,朝鲜\n')).toEqual(expected);
    expect(concepts('Source,Target,Status,Kind,Comment\n朝鲜,DPRK,preferred,org,house style\n')).toEqual(expected);
    expect(concepts('term,translation,kind\n朝鲜,DPRK,org\n')).toEqual(expected);
  });

  it('takes the languages from language-code headers and defaults an empty status and kind', () => {
    const termbase = csvTermbaseFormat.parse('zh-CN,en-GB,status,kind\n朝鲜劳动党,Workers’ Party of Korea,,\n金正恩,Kim Jong Un,,\n外交部长,Foreign Minister,,\n全球发展倡议,global development initiative,,\n');
    expect([termbase.srcLang, termbase.trgLang]).toEqual(['zh-CN', 'en-GB']);
    expect(termbase.concepts.map((concept) => [concept.kind, concept.terms[1].status])).toEqual([
      ['org', 'preferred'],
      ['name', 'preferred'],
      ['title', 'preferred'],
      ['term', 'preferred'],
    ]);
  });

  it('cuts a huge value short in a message', () => {
    expect(() => csvTermbaseFormat.parse(`zh,en,status\n朝鲜,DPRK,${'x'.repeat(10_000)}\n`)).toThrow(/unknown status "x{60}…"/);
  });
});

describe('TBX termbases', () => {
  it('reads a kind and a forbidden status written as notes, and one English term under several concepts', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="a"><descrip type="subjectField">politics</descrip><note>kind: title</note><note>head of state</note>
<langSec xml:lang="zh-CN"><termSec><term>总统</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>President</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="b"><note>kind: title</note>
<langSec xml:lang="zh-CN"><termSec><term>委员长</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>Chairman</term></termSec><termSec><term>President</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>status: forbidden</note></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    const termbase = tbxFormat.parse(text);
    expect(termbase.concepts.map((concept) => [concept.id, concept.kind, concept.note ?? null, ...concept.terms.map((term) => `${term.text}:${term.status}`)])).toEqual([
      ['a', 'title', 'head of state', '总统:preferred', 'President:preferred'],
      ['b', 'title', null, '委员长:preferred', 'Chairman:preferred', 'President:forbidden'],
    ]);
  });

  it('round-trips TBX v3 byte for byte and keeps statuses, short forms and kinds', () => {
    const text = readFileSync(path.join(ROOT, 'memory/terms.tbx'), 'utf8');
    const termbase = tbxFormat.parse(text, { fileName: 'terms.tbx' });
    expect(tbxFormat.serialize(termbase)).toBe(text);
    const kim = termbase.concepts.find((concept) => concept.terms.some((term) => term.text === '金正恩'))!;
    expect(kim.kind).toBe('name');
    expect(kim.terms.find((term) => term.text === 'Kim')).toMatchObject({ status: 'admitted', short: true });
    expect(kim.terms.find((term) => term.text === 'Kim Jong-un')?.status).toBe('deprecated');
  });

  it('writes TBX that validates against the TBX core and TBX-Basic schemas', async () => {
    const written = tbxFormat.serialize(csvTermbaseFormat.parse(CSV));
    for (const schema of ['tbx-core', 'tbx-basic'] as const) expect(await validate(schema, written)).toBe('valid');
    expect(await validate('tbx-basic', written.replace('<termSec>', '<termSec><bogus/>'))).toMatch(/bogus/);
  });

  it('reads TBX v2 martif files', () => {
    const martif = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="t1"><descrip type="subjectField">name</descrip>
<langSet xml:lang="zh"><tig><term>崔善姬</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Choe Son Hui</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<ntig><termGrp><term>Choe Son-hui</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig></langSet>
</termEntry></body></text></martif>`;
    const termbase = readTermbase(martif, 'old.tbx');
    expect(termbase.concepts[0].terms.map((term) => `${term.text}:${term.status}`)).toEqual(['崔善姬:preferred', 'Choe Son Hui:preferred', 'Choe Son-hui:deprecated']);
  });

  it('refuses unknown statuses and non-TBX files with file and line', () => {
    const bad = tbxFormat.serialize(csvTermbaseFormat.parse(CSV)).replace('deprecatedTerm-admn-sts', 'oldTerm');
    expect(() => readTermbase(bad, 'bad.tbx')).toThrow(/bad\.tbx:\d+:\d+: unknown administrative status "oldTerm"/);
    expect(() => readTermbase('<html/>', 'x.tbx')).toThrow(/not TBX/);
  });
});
