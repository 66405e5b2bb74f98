/**
 * XLIFF 2.0 / 2.1 / 2.2 (OASIS). Core plus the metadata module (`mda`), which carries
 * `Unit.metadata`; every other module or extension is kept verbatim.
 */
import { pushTo } from '../collections.js';
import { InputError } from '../errors.js';
import { sameLanguageTag } from '../lang/language-tag.js';
import { walkCodes } from '../model/inline.js';
import { allUnits } from '../model/memory.js';
import type { Memory, MemoryFile, Note, Segment, SegmentState, Unit, UnitGroup } from '../model/types.js';
import type { MemoryFormat, ParseOptions } from './format.js';
import { MTC_20, segmentIdsForMatches, xliff2Matches } from './candidates.js';
import { convertCodes, repairXliff2Codes } from './inline-codes.js';
import { asNmtoken, UniqueIds } from './unique-ids.js';
import { ALL_FIELDS, metadataWithFields, takeFields } from './unit-fields.js';
import { attr, localName, parseXml, textContent, type XmlDeclaration, type XmlElement, type XmlNode } from '../xml/xml.js';
import {
  contentLocation,
  enterScope,
  type Extras,
  extrasOf,
  failAt,
  locationOf,
  type NamespaceScope,
  namespaceOf,
  prefixFor,
  readInline,
  structuralChildren,
  without,
  writeInline,
  XmlWriter,
} from './xml-model.js';
import { xliffGeneration } from './xliff-version.js';

const CORE_20 = 'urn:oasis:names:tc:xliff:document:2.0';
const CORE_22 = 'urn:oasis:names:tc:xliff:document:2.2';
export const MDA_20 = 'urn:oasis:names:tc:xliff:metadata:2.0';
const STATES: readonly string[] = ['initial', 'translated', 'reviewed', 'final'];
/** The inline codes whose ids share the unit's scope with segment ids. */
const ID_SCOPED_CODES: ReadonlySet<string> = new Set(['ph', 'pc', 'sc', 'ec', 'mrk', 'sm']);

interface DocumentExtras {
  declaration?: XmlDeclaration;
  prolog: XmlNode[];
  epilog: XmlNode[];
  rootAttrs: Array<[string, string]>;
  /** XLIFF 2.2's document-level `<notes>` and `<mda:metadata>`, as read. */
  top?: ContainerExtras;
  /** Comments and processing instructions in `<xliff>`: `[i]` came before file `i` (the last, after every file). */
  between?: XmlNode[][];
}

/** Unit/file/group extras, plus the original `mda:metadata` element when it does not flatten exactly. */
interface ContainerExtras extends Extras {
  metadataElement?: XmlElement;
  metadataAsRead?: Record<string, string>;
  notesAttrs?: Array<[string, string]>;
  /** The `<notes>` element as read, when it holds what the model does not (comments), and the notes read from it. */
  notesElement?: XmlElement;
  notesAsRead?: string;
  /** Elements that precede `<notes>` (modules, `originalData` comes after). */
  originalData?: XmlElement;
}

interface SegmentExtras extends Extras {
  sourceAttrs: Array<[string, string]>;
  targetAttrs: Array<[string, string]>;
  /** Comments and processing instructions after the source and after the target (`nodes` come before the source). */
  afterSource?: XmlNode[];
  afterTarget?: XmlNode[];
}

export const xliff2Format: MemoryFormat = {
  id: 'xliff2',
  extensions: ['xlf', 'xliff'],
  sniff: (text) => xliffGeneration(text) === '2',
  parse: parseXliff2,
  serialize: serializeXliff2,
};

function parseXliff2(text: string, options: ParseOptions = {}): Memory {
  const fileName = options.fileName;
  const document = parseXml(text, { fileName });
  const root = document.root;
  const scope = enterScope(new Map(), root);
  if (localName(root.name) !== 'xliff') failAt(root, fileName, `expected <xliff>, found <${root.name}>`);
  const version = attr(root, 'version');
  if (!version || !/^2\.\d$/.test(version)) failAt(root, fileName, `not XLIFF 2 (version="${version ?? ''}")`);
  const namespace = namespaceOf(root, scope);
  if (namespace !== CORE_20 && namespace !== CORE_22) failAt(root, fileName, `<xliff> is not in the XLIFF 2 namespace (${namespace ?? 'none'})`);
  const srcLang = attr(root, 'srcLang');
  if (!srcLang) failAt(root, fileName, '<xliff> has no srcLang');
  const trgLang = attr(root, 'trgLang');
  const reader = new Xliff2Reader(fileName, srcLang!, trgLang);
  const files: MemoryFile[] = [];
  const fileIds = new Set<string>();
  const top: ContainerExtras = { attrs: [], nodes: [] };
  const memory: Memory = { format: 'xliff2', version, srcLang: srcLang!, trgLang, files };
  const between: XmlNode[][] = [[]];
  for (const child of structuralChildren(root, fileName)) {
    if (child.type !== 'element') {
      between[files.length].push(child);
      continue;
    }
    const childScope = enterScope(scope, child);
    if (isCore(child, childScope) && localName(child.name) === 'file') {
      const file = reader.file(child, childScope);
      if (fileIds.has(file.id)) failAt(child, fileName, `duplicate file id "${file.id}"`);
      fileIds.add(file.id);
      files.push(file);
      between.push([]);
    } else if (files.length === 0 && isCore(child, childScope) && localName(child.name) === 'notes' && !memory.notes) {
      memory.notes = reader.notes(child, childScope);
      keepNotes(top, child, memory.notes);
    } else if (files.length === 0 && namespaceOf(child, childScope) === MDA_20 && localName(child.name) === 'metadata' && !memory.metadata) {
      memory.metadata = readMetadata(child, childScope);
      top.metadataElement = child;
      top.metadataAsRead = { ...memory.metadata };
    } else failAt(child, fileName, `unexpected <${child.name}> in <xliff>`);
  }
  if (files.length === 0) failAt(root, fileName, '<xliff> has no <file>');
  if (reader.sawTarget && !trgLang) failAt(root, fileName, '<xliff> has targets but no trgLang');
  const extensions: DocumentExtras = {
    declaration: document.declaration,
    prolog: document.prolog,
    epilog: document.epilog,
    rootAttrs: without(root.attrs, ['version', 'srcLang', 'trgLang']),
    ...(memory.notes || memory.metadata ? { top } : {}),
    ...(between.some((nodes) => nodes.length > 0) ? { between } : {}),
  };
  memory.extensions = extensions;
  return memory;
}

/** Reads the parts of a document; the streaming reader (`xliff-entries.ts`) makes one for each `<file>` and hands it the units one by one. */
export class Xliff2Reader {
  sawTarget = false;
  private ids = new Set<string>();

  constructor(
    private readonly fileName: string | undefined,
    private readonly srcLang: string,
    private readonly trgLang: string | undefined,
  ) {}

  file(element: XmlElement, scope: NamespaceScope): MemoryFile {
    const id = attr(element, 'id');
    if (!id) failAt(element, this.fileName, '<file> has no id');
    this.ids = new Set();
    const container = this.container(element, scope, ['unit', 'group', 'skeleton']);
    const file: MemoryFile = { id: id!, items: container.items, notes: container.notes, metadata: container.metadata, extensions: container.extras };
    const original = attr(element, 'original');
    if (original !== undefined) file.original = original;
    container.extras.attrs = without(element.attrs, ['id', 'original']);
    return file;
  }

  private container(element: XmlElement, scope: NamespaceScope, itemNames: readonly string[]) {
    const items: Array<Unit | UnitGroup> = [];
    let notes: Note[] = [];
    let metadata: Record<string, string> = {};
    const extras: ContainerExtras = { attrs: [], nodes: [] };
    for (const child of structuralChildren(element, this.fileName)) {
      if (child.type !== 'element') {
        extras.nodes.push(child);
        continue;
      }
      const childScope = enterScope(scope, child);
      const name = localName(child.name);
      if (namespaceOf(child, childScope) === MDA_20 && name === 'metadata') {
        metadata = readMetadata(child, childScope);
        extras.metadataElement = child;
        extras.metadataAsRead = { ...metadata };
      } else if (isCore(child, childScope) && name === 'notes') {
        notes = this.notes(child, childScope);
        keepNotes(extras, child, notes);
      } else if (isCore(child, childScope) && name === 'unit' && itemNames.includes('unit')) items.push(this.unit(child, childScope));
      else if (isCore(child, childScope) && name === 'group' && itemNames.includes('group')) items.push(this.group(child, childScope));
      else extras.nodes.push(child);
    }
    return { items, notes, metadata, extras };
  }

  private group(element: XmlElement, scope: NamespaceScope): UnitGroup {
    const id = attr(element, 'id');
    if (!id) failAt(element, this.fileName, '<group> has no id');
    this.claimId(element, id!);
    const container = this.container(element, scope, ['unit', 'group']);
    container.extras.attrs = without(element.attrs, ['id', 'name']);
    const group: UnitGroup = { id, items: container.items, notes: container.notes, metadata: container.metadata, extensions: container.extras };
    const name = attr(element, 'name');
    if (name !== undefined) group.name = name;
    return group;
  }

  claimId(element: XmlElement, id: string): void {
    if (this.ids.has(id)) failAt(element, this.fileName, `duplicate id "${id}" among the units and groups of this file`);
    this.ids.add(id);
  }

  unit(element: XmlElement, scope: NamespaceScope): Unit {
    const id = attr(element, 'id');
    if (!id) failAt(element, this.fileName, '<unit> has no id');
    this.claimId(element, id!);
    const unit: Unit = { id: id!, segments: [], notes: [], metadata: {}, location: locationOf(element) };
    const name = attr(element, 'name');
    if (name !== undefined) unit.name = name;
    const extras: ContainerExtras = { attrs: without(element.attrs, ['id', 'name']), nodes: [] };
    for (const child of structuralChildren(element, this.fileName)) {
      if (child.type !== 'element') {
        extras.nodes.push(child);
        continue;
      }
      const childScope = enterScope(scope, child);
      const childName = localName(child.name);
      if (namespaceOf(child, childScope) === MDA_20 && childName === 'metadata') {
        unit.metadata = readMetadata(child, childScope);
        extras.metadataElement = child;
        extras.metadataAsRead = { ...unit.metadata };
      } else if (isCore(child, childScope) && childName === 'notes') {
        unit.notes = this.notes(child, childScope);
        keepNotes(extras, child, unit.notes);
      } else if (isCore(child, childScope) && childName === 'originalData') extras.originalData = child;
      else if (isCore(child, childScope) && (childName === 'segment' || childName === 'ignorable')) unit.segments.push(this.segment(child, childScope, childName === 'ignorable'));
      else extras.nodes.push(child);
    }
    if (unit.segments.every((segment) => segment.ignorable)) failAt(element, this.fileName, `<unit id="${id}"> has no <segment>`);
    this.checkTargetOrder(element, unit);
    this.checkUnitIds(element, unit);
    takeFields(unit, ALL_FIELDS);
    unit.extensions = extras;
    return unit;
  }

  private segment(element: XmlElement, scope: NamespaceScope, ignorable: boolean): Segment {
    let source: XmlElement | undefined;
    let target: XmlElement | undefined;
    const extras: SegmentExtras = { attrs: without(element.attrs, ['id', 'state', 'subState']), nodes: [], sourceAttrs: [], targetAttrs: [] };
    for (const child of structuralChildren(element, this.fileName)) {
      const name = child.type === 'element' && isCore(child, enterScope(scope, child)) ? localName(child.name) : '';
      if (name === 'source' && !source && !target) source = child as XmlElement;
      else if (name === 'target' && source && !target) target = child as XmlElement;
      else if (child.type === 'element') failAt(child, this.fileName, `unexpected <${child.name}> in <${localName(element.name)}>`);
      else if (target) (extras.afterTarget ??= []).push(child);
      else if (source) (extras.afterSource ??= []).push(child);
      else extras.nodes.push(child);
    }
    if (!source) failAt(element, this.fileName, `<${localName(element.name)}> has no <source>`);
    const segment: Segment = { source: readInline(source!), location: contentLocation(source!) };
    extras.sourceAttrs = source!.attrs;
    const id = attr(element, 'id');
    if (id !== undefined) segment.id = id;
    if (ignorable) segment.ignorable = true;
    const state = attr(element, 'state');
    if (state !== undefined) {
      if (ignorable || !STATES.includes(state)) failAt(element, this.fileName, `invalid state "${state}"`);
      segment.state = state as SegmentState;
    }
    const subState = attr(element, 'subState');
    if (subState !== undefined) {
      // subState refines an explicit state and names its authority: `x:ok`, `my-tool:checked`.
      if (segment.state === undefined) failAt(element, this.fileName, `subState "${subState}" without a state`);
      if (!/^[^\s:]+:\S+$/.test(subState)) failAt(element, this.fileName, `invalid subState "${subState}" (expected prefix:value)`);
      segment.subState = subState;
    }
    const sourceLang = attr(source!, 'xml:lang');
    if (sourceLang !== undefined && !sameLanguageTag(sourceLang, this.srcLang)) {
      failAt(source!, this.fileName, `<source xml:lang="${sourceLang}"> differs from srcLang "${this.srcLang}"`);
    }
    if (target) {
      this.sawTarget = true;
      const lang = attr(target, 'xml:lang');
      if (lang !== undefined && this.trgLang !== undefined && !sameLanguageTag(lang, this.trgLang)) {
        failAt(target, this.fileName, `<target xml:lang="${lang}"> differs from trgLang "${this.trgLang}"`);
      }
      segment.target = readInline(target);
      segment.targetLocation = contentLocation(target);
      extras.targetAttrs = target.attrs;
    }
    segment.extensions = extras;
    return segment;
  }

  /** A target's `order` places it among the unit's N segments and ignorables: 1..N, each used once. */
  private checkTargetOrder(element: XmlElement, unit: Unit): void {
    const used = new Set<number>();
    for (const segment of unit.segments) {
      const order = (segment.extensions as SegmentExtras).targetAttrs.find(([name]) => name === 'order')?.[1];
      if (order === undefined) continue;
      const position = /^[1-9]\d*$/.test(order) ? Number(order) : NaN;
      if (!(position <= unit.segments.length)) failAt(element, this.fileName, `<unit id="${unit.id}">: target order "${order}" is not between 1 and ${unit.segments.length}`);
      if (used.has(position)) failAt(element, this.fileName, `<unit id="${unit.id}">: target order ${order} used twice`);
      used.add(position);
    }
  }

  /** Segment, ignorable and source-side inline ids share one scope; `ec` must close an `sc`. */
  private checkUnitIds(element: XmlElement, unit: Unit): void {
    const ids = new Set<string>();
    const claim = (id: string | undefined, what: string) => {
      if (id === undefined) return;
      if (ids.has(id)) failAt(element, this.fileName, `<unit id="${unit.id}">: duplicate id "${id}" (${what})`);
      ids.add(id);
    };
    for (const segment of unit.segments) claim(segment.id, segment.ignorable ? 'ignorable' : 'segment');
    for (const side of ['source', 'target'] as const) {
      const open = new Set<string>();
      for (const segment of unit.segments) {
        for (const code of walkCodes(segment[side] ?? [])) {
          const kind = localName(code.kind);
          if (side === 'source' && ID_SCOPED_CODES.has(kind)) claim(code.id, `<${kind}>`);
          if (kind === 'sc' && attrValue(code.attrs, 'isolated') !== 'yes') open.add(code.id ?? '');
          if (kind === 'ec' && attrValue(code.attrs, 'isolated') !== 'yes') {
            const start = attrValue(code.attrs, 'startRef');
            if (start === undefined || !open.delete(start)) {
              failAt(element, this.fileName, `<unit id="${unit.id}">: <ec startRef="${start ?? ''}"> in the ${side} has no matching <sc>`);
            }
          }
        }
      }
      if (open.size > 0) failAt(element, this.fileName, `<unit id="${unit.id}">: <sc id="${[...open][0]}"> in the ${side} is never closed by an <ec>`);
    }
  }

  notes(element: XmlElement, scope: NamespaceScope): Note[] {
    return structuralChildren(element, this.fileName)
      .filter((child): child is XmlElement => child.type === 'element' && localName(child.name) === 'note' && isCore(child, enterScope(scope, child)))
      .map((child) => {
        const note: Note = { text: textContent(child) };
        const id = attr(child, 'id');
        const category = attr(child, 'category');
        const priority = attr(child, 'priority');
        const appliesTo = attr(child, 'appliesTo');
        if (id !== undefined) note.id = id;
        if (category !== undefined) note.category = category;
        if (priority !== undefined) {
          if (!/^(10|[1-9])$/.test(priority)) failAt(child, this.fileName, `note priority "${priority}" is not 1–10`);
          note.priority = Number(priority);
        }
        if (appliesTo !== undefined) {
          if (appliesTo !== 'source' && appliesTo !== 'target') failAt(child, this.fileName, `note appliesTo "${appliesTo}" is not source or target`);
          note.appliesTo = appliesTo;
        }
        const rest = without(child.attrs, ['id', 'category', 'priority', 'appliesTo']);
        if (rest.length > 0) note.attrs = rest;
        return note;
      });
  }
}

export function isCore(element: XmlElement, scope: NamespaceScope): boolean {
  const namespace = namespaceOf(element, scope);
  return namespace === CORE_20 || namespace === CORE_22;
}

function attrValue(attrs: ReadonlyArray<[string, string]>, name: string): string | undefined {
  return attrs.find(([key]) => key === name)?.[1];
}

/** `<mda:metaGroup category="c"><mda:meta type="t">v` → `{"c:t": "v"}`. */
function readMetadata(element: XmlElement, scope: NamespaceScope): Record<string, string> {
  const metadata: Record<string, string> = {};
  const walk = (node: XmlElement, category: string | undefined, nodeScope: NamespaceScope) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const childScope = enterScope(nodeScope, child);
      if (namespaceOf(child, childScope) !== MDA_20) continue;
      const name = localName(child.name);
      if (name === 'metaGroup') walk(child, attr(child, 'category') ?? category, childScope);
      else if (name === 'meta') {
        const type = attr(child, 'type') ?? '';
        const key = category ? `${category}:${type}` : type;
        if (!(key in metadata)) metadata[key] = textContent(child);
      }
    }
  };
  walk(element, undefined, scope);
  return metadata;
}

function serializeXliff2(memory: Memory): string {
  if (memory.trgLang === undefined && allUnits(memory).some(({ unit }) => unit.segments.some((segment) => segment.target !== undefined))) {
    throw new InputError('the memory has targets but no target language, which XLIFF 2 requires (trgLang)');
  }
  const extensions = (memory.format === 'xliff2' ? memory.extensions : undefined) as DocumentExtras | undefined;
  const writer = new XmlWriter();
  const declaration = extensions?.declaration ?? { version: '1.0', encoding: 'UTF-8' };
  writer.line(`<?xml version="${declaration.version}"${declaration.encoding ? ` encoding="${declaration.encoding}"` : ''}${declaration.standalone ? ` standalone="${declaration.standalone}"` : ''}?>`);
  writer.raw(0, extensions?.prolog ?? []);
  const hasTop = (memory.notes?.length ?? 0) > 0 || Object.keys(memory.metadata ?? {}).length > 0;
  // Only XLIFF 2.2 has document-level notes and metadata.
  const version = memory.format === 'xliff2' && memory.version ? memory.version : hasTop ? '2.2' : '2.1';
  const rootAttrs: Array<[string, string]> = extensions?.rootAttrs ?? [['xmlns', version === '2.2' ? CORE_22 : CORE_20]];
  const scope = enterScope(new Map(), { type: 'element', name: 'xliff', attrs: rootAttrs, children: [], line: 0, column: 0 });
  let mdaPrefix = prefixFor(scope, MDA_20);
  const needsMda = Object.keys(memory.metadata ?? {}).length > 0 || memory.files.some((file) => containerNeedsMda(file));
  const extraDeclarations: Array<[string, string]> = [];
  if (needsMda && !mdaPrefix) {
    mdaPrefix = 'mda';
    extraDeclarations.push(['xmlns:mda', MDA_20]);
  }
  writer.open(0, 'xliff', [...withoutNamespaces(rootAttrs, 'before'), ...extraDeclarations, ['version', version], ['srcLang', memory.srcLang], ['trgLang', memory.trgLang], ...withoutNamespaces(rootAttrs, 'after')]);
  const context = { writer, mdaPrefix: mdaPrefix ?? 'mda', from: memory.format, own: memory.format === 'xliff2', ids: new UniqueIds() };
  const top = containerExtras(context.own ? extensions?.top : undefined);
  writeNotes(writer, 1, memory.notes ?? [], top);
  writeMetadata(context, 1, memory.metadata ?? {}, top);
  const between = context.own ? (extensions?.between ?? []) : [];
  memory.files.forEach((file, index) => {
    writer.raw(1, between[index] ?? []);
    writeFile(context, file);
  });
  writer.raw(1, between.slice(memory.files.length).flat());
  writer.close(0, 'xliff');
  writer.raw(0, extensions?.epilog ?? []);
  return writer.toString();
}

/** Namespace declarations go before version/srcLang, other attributes after: how tools write them. */
function withoutNamespaces(attrs: Array<[string, string]>, part: 'before' | 'after'): Array<[string, string]> {
  const isDeclaration = ([name]: [string, string]) => name === 'xmlns' || name.startsWith('xmlns:');
  return attrs.filter((pair) => (part === 'before' ? isDeclaration(pair) : !isDeclaration(pair)));
}

function containerNeedsMda(container: MemoryFile | UnitGroup | Unit): boolean {
  if (Object.keys(container.metadata).length > 0) return true;
  if ('segments' in container) return Object.keys(metadataWithFields(container, ALL_FIELDS)).length > 0;
  return container.items.some((item) => containerNeedsMda(item));
}

interface WriteContext {
  writer: XmlWriter;
  mdaPrefix: string;
  /** The format the memory was read from, for converting its inline codes. */
  from: string | undefined;
  /** Whether the memory was read from XLIFF 2: only then are its kept nodes and attributes XLIFF 2's. */
  own: boolean;
  /** Unit and group ids given out in the current file (for ids made from foreign ones). */
  ids: UniqueIds;
}

/**
 * XLIFF 2 ids are NMTOKENs and groups need one; ids from other formats may be neither
 * (Xcode: `forecast.rain %@`), so they are made valid and unique: `forecast.rain__@`.
 */
function xliff2Id(context: WriteContext, id: string | undefined, fallback: string): string {
  if (context.own && id !== undefined) return id;
  const base = id === undefined || id === '' ? fallback : asNmtoken(id);
  return context.ids.claim(base);
}

function writeFile(context: WriteContext, file: MemoryFile): void {
  const extras = containerExtras(context.own ? file.extensions : undefined);
  const { writer } = context;
  context.ids.clear();
  writer.open(1, 'file', [['id', file.id], ['original', file.original], ...extras.attrs]);
  const skeleton = extras.nodes.filter((node) => node.type === 'element' && localName(node.name) === 'skeleton');
  writer.raw(2, skeleton);
  writeMetadata(context, 2, file.metadata, extras);
  writer.raw(2, extras.nodes.filter((node) => !skeleton.includes(node)));
  writeNotes(writer, 2, file.notes, extras);
  for (const item of file.items) writeItem(context, 2, item);
  writer.close(1, 'file');
}

function writeItem(context: WriteContext, depth: number, item: Unit | UnitGroup): void {
  if ('segments' in item) writeUnit(context, depth, item);
  else writeGroup(context, depth, item);
}

function writeGroup(context: WriteContext, depth: number, group: UnitGroup): void {
  const extras = containerExtras(context.own ? group.extensions : undefined);
  const { writer } = context;
  writer.open(depth, 'group', [['id', xliff2Id(context, group.id, `g${context.ids.size + 1}`)], ['name', group.name], ...extras.attrs]);
  writeMetadata(context, depth + 1, group.metadata, extras);
  writer.raw(depth + 1, extras.nodes);
  writeNotes(writer, depth + 1, group.notes, extras);
  for (const item of group.items) writeItem(context, depth + 1, item);
  writer.close(depth, 'group');
}

function writeUnit(context: WriteContext, depth: number, unit: Unit): void {
  const extras = containerExtras(context.own ? unit.extensions : undefined);
  const { writer } = context;
  const id = xliff2Id(context, unit.id, `u${context.ids.size + 1}`);
  // A foreign id that had to change stays as the unit's name (the resource key it was).
  writer.open(depth, 'unit', [['id', id], ['name', unit.name ?? (id === unit.id ? undefined : unit.id)], ...extras.attrs]);
  writeMetadata(context, depth + 1, metadataWithFields(unit, ALL_FIELDS), extras);
  const segmentIds = segmentIdsForMatches(unit);
  const matches = xliff2Matches(unit, segmentIds);
  if (matches !== undefined) writer.leaf(depth + 1, 'mtc:matches', [['xmlns:mtc', MTC_20]], matches);
  writer.raw(depth + 1, extras.nodes);
  writeNotes(writer, depth + 1, unit.notes, extras);
  if (extras.originalData) writer.raw(depth + 1, [extras.originalData]);
  const converted = {
    source: unit.segments.map((segment) => convertCodes(segment.source, 'xliff2', context.from)),
    target: unit.segments.map((segment) => (segment.target === undefined ? undefined : convertCodes(segment.target, 'xliff2', context.from))),
  };
  const codes = context.own ? converted : repairXliff2Codes(segmentIds, converted);
  unit.segments.forEach((segment, index) => {
    const segmentExtras = (context.own ? segment.extensions : undefined) as Partial<SegmentExtras> | undefined;
    const name = segment.ignorable ? 'ignorable' : 'segment';
    writer.open(depth + 1, name, [['id', segmentIds[index]], ['state', segment.state], ['subState', segment.subState], ...(segmentExtras?.attrs ?? [])]);
    writer.raw(depth + 2, segmentExtras?.nodes ?? []);
    writer.leaf(depth + 2, 'source', segmentExtras?.sourceAttrs ?? [], writeInline(codes.source[index]));
    writer.raw(depth + 2, segmentExtras?.afterSource ?? []);
    const target = codes.target[index];
    if (target !== undefined) writer.leaf(depth + 2, 'target', segmentExtras?.targetAttrs ?? [], writeInline(target));
    writer.raw(depth + 2, segmentExtras?.afterTarget ?? []);
    writer.close(depth + 1, name);
  });
  writer.close(depth, 'unit');
}

function containerExtras(value: unknown): ContainerExtras {
  return { ...(value as ContainerExtras | undefined), ...extrasOf(value) };
}

function writeMetadata(context: WriteContext, depth: number, metadata: Record<string, string>, extras: ContainerExtras): void {
  const { writer, mdaPrefix } = context;
  if (extras.metadataElement && extras.metadataAsRead && sameRecord(extras.metadataAsRead, metadata)) {
    writer.raw(depth, [extras.metadataElement]);
    return;
  }
  const keys = Object.keys(metadata);
  if (keys.length === 0) return;
  const groups = new Map<string, Array<[string, string]>>();
  for (const key of keys) {
    const colon = key.indexOf(':');
    const category = colon === -1 ? '' : key.slice(0, colon);
    const type = colon === -1 ? key : key.slice(colon + 1);
    pushTo(groups, category, [type, metadata[key]] as [string, string]);
  }
  writer.open(depth, `${mdaPrefix}:metadata`, []);
  for (const [category, entries] of groups) {
    writer.open(depth + 1, `${mdaPrefix}:metaGroup`, [['category', category || undefined]]);
    for (const [type, value] of entries) writer.leaf(depth + 2, `${mdaPrefix}:meta`, [['type', type]], writeInline([value]));
    writer.close(depth + 1, `${mdaPrefix}:metaGroup`);
  }
  writer.close(depth, `${mdaPrefix}:metadata`);
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Keeps a `<notes>` element whole when it holds comments or markup the notes of the model do not carry. */
function keepNotes(extras: ContainerExtras, element: XmlElement, notes: readonly Note[]): void {
  extras.notesAttrs = element.attrs;
  const plain = (node: XmlNode) => node.type === 'text' || node.type === 'cdata';
  const carriesMore = element.children.some(
    (child) => (child.type !== 'element' && !(child.type === 'text' && child.text.trim() === '')) || (child.type === 'element' && !child.children.every(plain)),
  );
  if (carriesMore) {
    extras.notesElement = element;
    extras.notesAsRead = JSON.stringify(notes);
  }
}

function writeNotes(writer: XmlWriter, depth: number, notes: readonly Note[], extras: ContainerExtras): void {
  if (extras.notesElement && extras.notesAsRead === JSON.stringify(notes)) {
    writer.raw(depth, [extras.notesElement]);
    return;
  }
  if (notes.length === 0) return;
  writer.open(depth, 'notes', extras.notesAttrs ?? []);
  for (const note of notes) {
    writer.leaf(
      depth + 1,
      'note',
      [['id', note.id], ['category', note.category], ['priority', note.priority?.toString()], ['appliesTo', note.appliesTo], ...(note.attrs ?? [])],
      writeInline([note.text]),
    );
  }
  writer.close(depth, 'notes');
}

