/**
 * TBX termbases: ISO 30042:2019 (TBX v3, `<tbx>`, DCA style, TBX-Basic and TBX-Core) read and
 * written, and TBX v2 (`<martif>`) read. Statuses travel as `administrativeStatus`
 * (preferredTerm-, admittedTerm-, deprecatedTerm-admn-sts; `forbidden` as supersededTerm-admn-sts),
 * an admitted short form as `termType` shortForm, a concept's kind as its `subjectField`.
 */
import { InputError } from '../errors.js';
import { TERM_KINDS, TERM_STATUSES } from '../model/termbase.js';
import type { Concept, Term, Termbase, TermKind, TermStatus } from '../model/types.js';
import type { ParseOptions, TermbaseFormat } from './format.js';
import { attr, childElements, localName, parseXml, textContent, type XmlElement } from '../xml/xml.js';
import { rootTag, XmlWriter } from './xml-model.js';
import { escapeText } from '../xml/xml.js';

const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

const STATUS_FROM_TBX: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'forbidden',
  preferredTerm: 'preferred',
  admittedTerm: 'admitted',
  deprecatedTerm: 'deprecated',
  supersededTerm: 'forbidden',
  forbiddenTerm: 'forbidden',
};

const STATUS_TO_TBX: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'supersededTerm-admn-sts',
};

export const tbxFormat: TermbaseFormat = {
  id: 'tbx',
  extensions: ['tbx'],
  sniff: (text) => ['tbx', 'martif'].includes(rootTag(text)?.local ?? ''),
  parse: parseTbx,
  serialize: serializeTbx,
};

function parseTbx(text: string, options: ParseOptions = {}): Termbase {
  const file = options.fileName;
  const root = parseXml(text, { fileName: file }).root;
  const fail = (element: XmlElement, reason: string): never => {
    throw new InputError(reason, { file, line: element.line, column: element.column });
  };
  const version = localName(root.name) === 'tbx' ? 3 : localName(root.name) === 'martif' ? 2 : fail(root, `not TBX: the root element is <${root.name}>`);
  const body = childElements(childElements(root, 'text')[0] ?? fail(root, 'TBX without <text>'), 'body')[0] ?? fail(root, 'TBX without <body>');
  const entries = childElements(body, version === 3 ? 'conceptEntry' : 'termEntry');
  const languages = new Map<string, number>();
  const concepts = entries.map((entry, index): Concept => {
    const kind = readKind(entry);
    const terms: Term[] = [];
    for (const langSec of childElements(entry, version === 3 ? 'langSec' : 'langSet')) {
      const lang = attr(langSec, 'xml:lang') ?? fail(langSec, `<${langSec.name}> has no xml:lang`);
      languages.set(lang, (languages.get(lang) ?? 0) + 1);
      for (const termSec of termSections(langSec, version)) {
        const termElement = findTerm(termSec) ?? fail(termSec, `<${termSec.name}> has no <term>`);
        const notes = [...childElements(termSec, 'termNote'), ...childElements(termSec, 'termGrp').flatMap((group) => childElements(group, 'termNote'))];
        const statusNote = notes.find((note) => ['administrativeStatus', 'normativeAuthorization'].includes(attr(note, 'type') ?? ''));
        const statusText = statusNote ? textContent(statusNote).trim() : 'preferredTerm-admn-sts';
        const termNotes = childElements(termSec, 'note').map((note) => textContent(note).trim());
        const status = noteValue(termNotes, 'status', TERM_STATUSES) ?? STATUS_FROM_TBX[statusText] ?? fail(statusNote!, `unknown administrative status "${statusText}"`);
        const term: Term = { text: textContent(termElement).trim(), lang, status };
        const termType = notes.find((note) => attr(note, 'type') === 'termType');
        if (termType && ['shortForm', 'abbreviation', 'acronym'].includes(textContent(termType).trim())) term.short = true;
        const note = termNotes.find((text) => !isSettingNote(text));
        if (note) term.note = note;
        terms.push(term);
      }
    }
    const conceptNotes = childElements(entry, 'note').map((note) => textContent(note).trim());
    const concept: Concept = { id: attr(entry, 'id') ?? `c${index + 1}`, kind: noteValue(conceptNotes, 'kind', TERM_KINDS) ?? kind, terms };
    const note = conceptNotes.find((text) => !isSettingNote(text));
    if (note) concept.note = note;
    return concept;
  });
  const srcLang = [...languages.keys()].find((lang) => lang.toLowerCase().startsWith('zh')) ?? [...languages.keys()][0] ?? 'zh';
  const trgLang = [...languages.keys()].find((lang) => lang !== srcLang) ?? 'en';
  return { srcLang, trgLang, concepts };
}

/**
 * A setting written as a note, as termbases do where TBX-Basic has no data category for it:
 * `kind: name` on a concept, `status: forbidden` on a term.
 */
function noteValue<T extends string>(notes: readonly string[], key: string, values: readonly T[]): T | undefined {
  for (const note of notes) {
    const match = /^(\w+)\s*:\s*(\w+)\s*$/.exec(note);
    if (match && match[1].toLowerCase() === key && (values as readonly string[]).includes(match[2].toLowerCase())) return match[2].toLowerCase() as T;
  }
  return undefined;
}

const isSettingNote = (note: string) => /^(?:kind|status)\s*:\s*\w+\s*$/i.test(note);

function readKind(entry: XmlElement): TermKind {
  const subject = [...childElements(entry, 'descrip'), ...childElements(entry, 'descripGrp').flatMap((group) => childElements(group, 'descrip'))].find(
    (element) => attr(element, 'type') === 'subjectField',
  );
  const value = subject ? textContent(subject).trim().toLowerCase() : 'term';
  return (TERM_KINDS as readonly string[]).includes(value) ? (value as TermKind) : 'term';
}

function termSections(langSec: XmlElement, version: number): XmlElement[] {
  if (version === 3) return childElements(langSec, 'termSec');
  return [...childElements(langSec, 'tig'), ...childElements(langSec, 'ntig')];
}

function findTerm(termSec: XmlElement): XmlElement | undefined {
  return childElements(termSec, 'term')[0] ?? childElements(childElements(termSec, 'termGrp')[0] ?? termSec, 'term')[0];
}

function serializeTbx(termbase: Termbase): string {
  const writer = new XmlWriter();
  writer.line('<?xml version="1.0" encoding="UTF-8"?>');
  writer.open(0, 'tbx', [['xmlns', TBX_NAMESPACE], ['type', 'TBX-Basic'], ['style', 'dca'], ['xml:lang', 'en']]);
  writer.open(1, 'tbxHeader', []);
  writer.open(2, 'fileDesc', []);
  writer.open(3, 'sourceDesc', []);
  writer.leaf(4, 'p', [], escapeText(`Termbase ${termbase.srcLang}→${termbase.trgLang}`));
  writer.close(3, 'sourceDesc');
  writer.close(2, 'fileDesc');
  writer.close(1, 'tbxHeader');
  writer.open(1, 'text', []);
  writer.open(2, 'body', []);
  for (const concept of termbase.concepts) {
    writer.open(3, 'conceptEntry', [['id', concept.id]]);
    writer.leaf(4, 'descrip', [['type', 'subjectField']], concept.kind);
    if (concept.note) writer.leaf(4, 'note', [], escapeText(concept.note));
    const languages = [...new Set(concept.terms.map((term) => term.lang))];
    for (const lang of languages) {
      writer.open(4, 'langSec', [['xml:lang', lang]]);
      for (const term of concept.terms.filter((candidate) => candidate.lang === lang)) {
        writer.open(5, 'termSec', []);
        writer.leaf(6, 'term', [], escapeText(term.text));
        if (term.short) writer.leaf(6, 'termNote', [['type', 'termType']], 'shortForm');
        writer.leaf(6, 'termNote', [['type', 'administrativeStatus']], STATUS_TO_TBX[term.status]);
        if (term.note) writer.leaf(6, 'note', [], escapeText(term.note));
        writer.close(5, 'termSec');
      }
      writer.close(4, 'langSec');
    }
    writer.close(3, 'conceptEntry');
  }
  writer.close(2, 'body');
  writer.close(1, 'text');
  writer.close(0, 'tbx');
  return writer.toString();
}
