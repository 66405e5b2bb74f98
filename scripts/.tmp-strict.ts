import { readMemory } from '../src/formats/index.js';
const x2 = (body: string, root = 'srcLang="zh" trgLang="en"') => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${root}>\n<file id="f1">${body}</file></xliff>`;
const cases: Array<[string, string]> = [
  ['tgtlang', x2('<unit id="u1"><segment><source>a</source><target xml:lang="fr">b</target></segment></unit>')],
  ['srclang', x2('<unit id="u1"><segment><source xml:lang="fr">a</source></segment></unit>')],
  ['dupseg', x2('<unit id="u1"><segment id="s"><source>a</source></segment><segment id="s"><source>a</source></segment></unit>')],
  ['dupfile', `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>`],
  ['order', x2('<unit id="u1"><segment order="5"><source>a</source><target order="9">b</target></segment></unit>')],
  ['nounitid', x2('<unit><segment><source>a</source></segment></unit>')],
  ['noseg', x2('<unit id="u1"></unit>')],
  ['badversion', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0" srcLang="zh"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>'],
  ['nofileid', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file><unit id="u"><segment><source>a</source></segment></unit></file></xliff>'],
  ['pc mismatch', x2('<unit id="u1"><segment><source><pc id="1">a</pc></source><target><pc id="2">b</pc></target></segment></unit>')],
  ['dup inline id', x2('<unit id="u1"><segment><source><ph id="1"/><ph id="1"/></source></segment></unit>')],
  ['badsub', x2('<unit id="u1"><segment subState="x"><source>a</source></segment></unit>')],
  ['x12 no srclang', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" datatype="plaintext"><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>'],
  ['x12 no original', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>'],
  ['x12 no body', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" original="a" datatype="plaintext"></file></xliff>'],
  ['tmx tuv nolang', '<tmx version="1.4"><header srclang="zh" creationtool="a" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>'],
  ['tmx noseg', '<tmx version="1.4"><header srclang="zh" creationtool="a" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body><tu><tuv xml:lang="zh"></tuv></tu></body></tmx>'],
  ['xxe', '<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff/>'],
];
for (const [n, t] of cases) { try { readMemory(t, n.startsWith('tmx') ? 'a.tmx' : 'a.xlf'); console.log(n, 'ACCEPTED'); } catch (e) { console.log(n, '->', (e as Error).constructor.name, (e as Error).message); } }
