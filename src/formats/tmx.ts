/**
 * TMX 1.4b (LISA/GALA): written as 1.4 with the DTD's required header attributes; read in
 * versions 1.1 to 1.4 (1.1 says `lang` where later versions say `xml:lang`).
 * TMX has no files or groups: a memory with several is flattened (each unit keeps `origin`).
 */
import { VERSION } from '../version.js';
import { languageTagsMatch, sameLanguageTag } from '../lang/language-tag.js';
import type { Memory, MemoryFile, Note, Segment, Unit } from '../model/types.js';
import { allUnits } from '../model/memory.js';
import type { MemoryFormat, ParseOptions } from './format.js';
import { convertCodes } from './inline-codes.js';
import { metadataWithFields, takeFields } from './unit-fields.js';
import { attr, parseXml, textContent, type XmlDeclaration, type XmlElement, type XmlNode } from '../xml/xml.js';
import { contentLocation, failAt, locationOf, readInline, rootTag, structuralChildren, without, writeInline, writeNodesAndNotes, XmlWriter } from './xml-model.js';

interface DocumentExtras {
  declaration?: XmlDeclaration;
  prolog: XmlNode[];
  epilog: XmlNode[];
  rootAttrs: Array<[string, string]>;
  header: XmlElement;
  bodyAttrs: Array<[string, string]>;
  /** Comments and processing instructions after the last `tu`. */
  bodyEnd: XmlNode[];
}

interface UnitExtras {
  attrs: Array<[string, string]>;
  /** `prop`s that are not `x-` metadata, and anything else, in order. */
  nodes: XmlNode[];
  hasTuid: boolean;
  /** Attribute carrying the language: `xml:lang`, or `lang` in TMX 1.1. */
  langAttribute: string;
  /** The `tuv`s other than source and target, and where the target sat among them. */
  otherTuvs: XmlElement[];
  tuvOrder: Array<'source' | 'target' | number>;
  /** Where each note sat among `nodes` (see `writeNodesAndNotes`). */
  noteSlots: number[];
  /** Comments and processing instructions in `<body>` just before this `tu`. */
  before?: XmlNode[];
}

interface SegmentExtras {
  sourceAttrs: Array<[string, string]>;
  targetAttrs: Array<[string, string]>;
  sourceNodes: XmlNode[];
  targetNodes: XmlNode[];
  sourceSegAttrs: Array<[string, string]>;
  targetSegAttrs: Array<[string, string]>;
}

export const tmxFormat: MemoryFormat = {
  id: 'tmx',
  extensions: ['tmx'],
  sniff: (text) => rootTag(text)?.local === 'tmx',
  parse: parseTmx,
  serialize: serializeTmx,
};

function parseTmx(text: string, options: ParseOptions = {}): Memory {
  const fileName = options.fileName;
  const document = parseXml(text, { fileName });
  const root = document.root;
  if (root.name !== 'tmx') failAt(root, fileName, `expected <tmx>, found <${root.name}>`);
  const version = attr(root, 'version');
  if (!version || !/^1\.[1-4]b?$/.test(version)) failAt(root, fileName, `unsupported TMX version "${version ?? ''}"`);
  const children = structuralChildren(root, fileName).filter((node): node is XmlElement => node.type === 'element');
  const header = children.find((child) => child.name === 'header');
  const body = children.find((child) => child.name === 'body');
  if (!header) failAt(root, fileName, '<tmx> has no <header>');
  if (!body) failAt(root, fileName, '<tmx> has no <body>');
  const declaredSource = attr(header!, 'srclang');
  if (!declaredSource) failAt(header!, fileName, '<header> has no srclang');
  const tus: XmlElement[] = [];
  const between: XmlNode[][] = [[]];
  for (const node of structuralChildren(body!, fileName)) {
    if (node.type === 'element' && node.name === 'tu') {
      tus.push(node);
      between.push([]);
    } else if (node.type === 'element') failAt(node, fileName, `unexpected <${node.name}> in <body>`);
    else between.at(-1)!.push(node);
  }
  const firsts = tus.map((tu) => tuvLanguage(firstTuv(tu, fileName), fileName));
  const srcLang = sourceLanguage(declaredSource === '*all*' ? (firsts[0] ?? 'und') : declaredSource!, firsts.every((lang) => sameLanguageTag(lang, firsts[0])) ? firsts[0] : undefined);
  const trgLang = mostCommonTargetLanguage(tus, srcLang, fileName);
  const units = tus.map((tu, index) => readUnit(tu, index, srcLang, trgLang, fileName));
  units.forEach((unit, index) => {
    if (between[index].length > 0) (unit.extensions as UnitExtras).before = between[index];
  });
  const ids = new Set<string>();
  for (const [index, unit] of units.entries()) {
    if ((unit.extensions as UnitExtras).hasTuid && ids.has(unit.id)) failAt(tus[index], fileName, `duplicate tuid "${unit.id}"`);
    ids.add(unit.id);
  }
  const extensions: DocumentExtras = {
    declaration: document.declaration,
    prolog: document.prolog,
    epilog: document.epilog,
    rootAttrs: without(root.attrs, ['version']),
    header: header!,
    bodyAttrs: body!.attrs,
    bodyEnd: between.at(-1)!,
  };
  const file: MemoryFile = { id: 'tmx', items: units, notes: [], metadata: {} };
  return { format: 'tmx', version, srcLang, trgLang, files: [file], extensions };
}

function firstTuv(tu: XmlElement, fileName: string | undefined): XmlElement {
  const tuv = tu.children.find((child): child is XmlElement => child.type === 'element' && child.name === 'tuv');
  if (!tuv) failAt(tu, fileName, '<tu> has no <tuv>');
  return tuv!;
}

function tuvLanguage(tuv: XmlElement, fileName: string | undefined): string {
  const lang = attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
  if (!lang) failAt(tuv, fileName, '<tuv> has no xml:lang');
  return lang!;
}

/**
 * The memory's source language. The header's `srclang` is a claim that the units can
 * contradict: when every `<tu>` opens with a `<tuv>` in one other language (`firstOfEvery`),
 * that is the source (translate-toolkit's po2tmx writes `srclang="en"` whatever the pair).
 */
export function sourceLanguage(declared: string, firstOfEvery: string | undefined): string {
  return firstOfEvery !== undefined && !languageTagsMatch(firstOfEvery, declared) ? firstOfEvery : declared;
}

function mostCommonTargetLanguage(tus: XmlElement[], srcLang: string, fileName: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const tu of tus) {
    for (const child of tu.children) {
      if (child.type !== 'element' || child.name !== 'tuv') continue;
      const lang = tuvLanguage(child, fileName);
      if (!languageTagsMatch(lang, srcLang)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [lang, count] of counts) if (best === undefined || count > counts.get(best)!) best = lang;
  return best;
}

function readUnit(tu: XmlElement, index: number, srcLang: string, trgLang: string | undefined, fileName: string | undefined): Unit {
  const tuid = attr(tu, 'tuid');
  const unit: Unit = { id: tuid ?? `tu${index + 1}`, segments: [], notes: [], metadata: {}, location: locationOf(tu) };
  const extras: UnitExtras = { attrs: [], nodes: [], hasTuid: tuid !== undefined, langAttribute: 'xml:lang', otherTuvs: [], tuvOrder: [], noteSlots: [] };
  const segmentExtras: SegmentExtras = { sourceAttrs: [], targetAttrs: [], sourceNodes: [], targetNodes: [], sourceSegAttrs: [], targetSegAttrs: [] };
  const segment: Segment = { source: [] };
  let sawSource = false;
  for (const child of structuralChildren(tu, fileName)) {
    if (child.type !== 'element') {
      extras.nodes.push(child);
      continue;
    }
    if (child.name === 'prop' && attr(child, 'type')?.startsWith('x-') && child.attrs.length === 1) {
      const key = attr(child, 'type')!.slice(2);
      if (!(key in unit.metadata)) {
        unit.metadata[key] = textContent(child);
        continue;
      }
    }
    if (child.name === 'note' && child.attrs.length === 0) {
      unit.notes.push({ text: textContent(child) });
      extras.noteSlots.push(extras.nodes.length);
      continue;
    }
    if (child.name !== 'tuv') {
      extras.nodes.push(child);
      continue;
    }
    if (attr(child, 'lang') !== undefined && attr(child, 'xml:lang') === undefined) extras.langAttribute = 'lang';
    const lang = tuvLanguage(child, fileName);
    const seg = child.children.find((node): node is XmlElement => node.type === 'element' && node.name === 'seg');
    if (!seg) failAt(child, fileName, '<tuv> has no <seg>');
    const nodes = structuralChildren(child, fileName).filter((node) => node !== seg);
    if (!sawSource && languageTagsMatch(lang, srcLang)) {
      sawSource = true;
      segment.source = readInline(seg!);
      segment.location = contentLocation(seg!);
      segmentExtras.sourceAttrs = child.attrs;
      segmentExtras.sourceNodes = nodes;
      segmentExtras.sourceSegAttrs = seg!.attrs;
      extras.tuvOrder.push('source');
    } else if (segment.target === undefined && trgLang !== undefined && lang === trgLang) {
      segment.target = readInline(seg!);
      segment.targetLocation = contentLocation(seg!);
      segmentExtras.targetAttrs = child.attrs;
      segmentExtras.targetNodes = nodes;
      segmentExtras.targetSegAttrs = seg!.attrs;
      extras.tuvOrder.push('target');
    } else {
      extras.tuvOrder.push(extras.otherTuvs.length);
      extras.otherTuvs.push(child);
    }
  }
  if (!sawSource) failAt(tu, fileName, `<tu${tuid ? ` tuid="${tuid}"` : ''}> has no <tuv> in the source language ${srcLang}`);
  const created = attr(tu, 'creationdate');
  const changed = attr(tu, 'changedate');
  const createdIso = isoFromTmxDate(created);
  const changedIso = isoFromTmxDate(changed);
  if (createdIso) unit.created = createdIso;
  if (changedIso) unit.changed = changedIso;
  extras.attrs = without(tu.attrs, ['tuid', ...(createdIso ? ['creationdate'] : []), ...(changedIso ? ['changedate'] : [])]);
  segment.extensions = segmentExtras;
  unit.segments.push(segment);
  takeFields(unit, ['origin', 'previous', 'next']);
  unit.extensions = extras;
  return unit;
}

/** `20250905T101500Z` ↔ `2025-09-05T10:15:00Z`. */
export function isoFromTmxDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : undefined;
}

function tmxDateFromIso(value: string): string | undefined {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function serializeTmx(memory: Memory): string {
  const extensions = (memory.format === 'tmx' ? memory.extensions : undefined) as DocumentExtras | undefined;
  const writer = new XmlWriter();
  const declaration = extensions?.declaration ?? { version: '1.0', encoding: 'UTF-8' };
  writer.line(`<?xml version="${declaration.version}"${declaration.encoding ? ` encoding="${declaration.encoding}"` : ''}?>`);
  if (extensions) writer.raw(0, extensions.prolog);
  else writer.line('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
  writer.open(0, 'tmx', [['version', extensions && memory.version ? memory.version : '1.4'], ...(extensions?.rootAttrs ?? [])]);
  if (extensions) writer.raw(1, [extensions.header]);
  else {
    const headerAttrs: Array<[string, string | undefined]> = [
      ['creationtool', 'tmkit'],
      ['creationtoolversion', VERSION],
      ['segtype', 'sentence'],
      ['o-tmf', 'tmkit'],
      ['adminlang', 'en'],
      ['srclang', memory.srcLang],
      ['datatype', 'plaintext'],
    ];
    const notes = memory.notes ?? [];
    const metadata = Object.entries(memory.metadata ?? {});
    if (notes.length === 0 && metadata.length === 0) writer.empty(1, 'header', headerAttrs);
    else {
      writer.open(1, 'header', headerAttrs);
      for (const note of notes) writer.leaf(2, 'note', [], writeInline([note.text]));
      for (const [key, value] of metadata) writer.leaf(2, 'prop', [['type', `x-${key}`]], writeInline([value]));
      writer.close(1, 'header');
    }
  }
  writer.open(1, 'body', extensions?.bodyAttrs ?? []);
  for (const { unit } of allUnits(memory)) writeUnit(writer, unit, memory);
  if (extensions) writer.raw(2, extensions.bodyEnd ?? []);
  writer.close(1, 'body');
  writer.close(0, 'tmx');
  if (extensions) writer.raw(0, extensions.epilog);
  return writer.toString();
}

function writeUnit(writer: XmlWriter, unit: Unit, memory: Memory): void {
  const extras = (unit.extensions as Partial<UnitExtras> | undefined) ?? {};
  const ownExtras = memory.format === 'tmx';
  const created = unit.created === undefined ? undefined : tmxDateFromIso(unit.created);
  const changed = unit.changed === undefined ? undefined : tmxDateFromIso(unit.changed);
  const metadata = metadataWithFields(unit, ['origin', 'previous', 'next']);
  if (unit.created !== undefined && !created) metadata['tmkit:created'] = unit.created;
  if (unit.changed !== undefined && !changed) metadata['tmkit:changed'] = unit.changed;
  if (ownExtras) writer.raw(2, extras.before ?? []);
  writer.open(2, 'tu', [
    ['tuid', !ownExtras || extras.hasTuid !== false ? unit.id : undefined],
    ['creationdate', created],
    ['changedate', changed],
    ...(ownExtras ? (extras.attrs ?? []) : []),
  ]);
  for (const [key, value] of Object.entries(metadata)) writer.leaf(3, 'prop', [['type', `x-${key}`]], writeInline([value]));
  writeNodesAndNotes(writer, 3, ownExtras ? (extras.nodes ?? []) : [], unit.notes, ownExtras ? extras.noteSlots : undefined, (note) => writeNote(writer, note));
  const segments = unit.segments.filter((segment) => !segment.ignorable || segment.target !== undefined);
  const segmentExtras = (ownExtras ? unit.segments[0]?.extensions : undefined) as Partial<SegmentExtras> | undefined;
  const langAttribute = (ownExtras && extras.langAttribute) || 'xml:lang';
  const source = convertCodes(unit.segments.flatMap((segment) => segment.source), 'tmx', memory.format);
  const hasTarget = segments.some((segment) => segment.target !== undefined);
  const target = convertCodes(unit.segments.flatMap((segment) => segment.target ?? (segment.ignorable ? segment.source : [])), 'tmx', memory.format);
  const order = ownExtras && extras.tuvOrder ? extras.tuvOrder : (['source', 'target'] as const);
  for (const entry of order) {
    if (entry === 'source') {
      writeTuv(writer, langAttribute, memory.srcLang, segmentExtras?.sourceAttrs, segmentExtras?.sourceNodes, segmentExtras?.sourceSegAttrs, writeInline(source));
    } else if (entry === 'target') {
      if (hasTarget) {
        writeTuv(writer, langAttribute, memory.trgLang ?? 'und', segmentExtras?.targetAttrs, segmentExtras?.targetNodes, segmentExtras?.targetSegAttrs, writeInline(target));
      }
    } else writer.raw(3, [extras.otherTuvs![entry]]);
  }
  if (hasTarget && !order.includes('target')) {
    writeTuv(writer, langAttribute, memory.trgLang ?? 'und', undefined, undefined, undefined, writeInline(target));
  }
  writer.close(2, 'tu');
}

function writeTuv(
  writer: XmlWriter,
  langAttribute: string,
  lang: string,
  attrs: Array<[string, string]> | undefined,
  nodes: XmlNode[] | undefined,
  segAttrs: Array<[string, string]> | undefined,
  innerXml: string,
): void {
  writer.open(3, 'tuv', attrs ?? [[langAttribute, lang]]);
  writer.raw(4, nodes ?? []);
  writer.leaf(4, 'seg', segAttrs ?? [], innerXml);
  writer.close(3, 'tuv');
}

function writeNote(writer: XmlWriter, note: Note): void {
  writer.leaf(3, 'note', [], writeInline([note.text]));
}

