/**
 * XLIFF 1.2 (OASIS), strict and the transitional files tools write (Trados `sdlxliff`, memoQ
 * `mqxliff`, Xcode, Angular). A `trans-unit` is one segment; `seg-source`, `alt-trans`,
 * `context-group`s and tool extensions are kept verbatim. `Unit.metadata` travels in a
 * `context-group name="tmkit-metadata-<unit id>"` (`context-type="x-<key>"`), valid under the strict schema.
 */
import type { Memory, MemoryFile, Note, Segment, SegmentState, Unit, UnitGroup } from '../model/types.js';
import type { MemoryFormat, ParseOptions } from './format.js';
import { xliff12AltTrans, xliff12StateQualifier } from './candidates.js';
import { convertCodes } from './inline-codes.js';
import { ALL_FIELDS, metadataWithFields, takeFields } from './unit-fields.js';
import { attr, localName, parseXml, textContent, type XmlDeclaration, type XmlElement, type XmlNode } from '../xml/xml.js';
import { xliffGeneration } from './xliff-version.js';
import {
  contentLocation,
  enterScope,
  type Extras,
  extrasOf,
  failAt,
  locationOf,
  type NamespaceScope,
  namespaceOf,
  readInline,
  structuralChildren,
  without,
  writeInline,
  writeNodesAndNotes,
  XmlWriter,
} from './xml-model.js';

const CORE_12 = 'urn:oasis:names:tc:xliff:document:1.2';
const METADATA_GROUP = 'tmkit-metadata';

const STATE_FROM_12: Record<string, SegmentState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'initial',
  'needs-l10n': 'initial',
  'needs-review-translation': 'initial',
  'needs-review-adaptation': 'initial',
  'needs-review-l10n': 'initial',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

interface DocumentExtras {
  declaration?: XmlDeclaration;
  prolog: XmlNode[];
  epilog: XmlNode[];
  rootAttrs: Array<[string, string]>;
}

interface FileExtras extends Extras {
  header?: XmlElement;
  bodyAttrs: Array<[string, string]>;
}

interface UnitExtras extends Extras {
  sourceAttrs: Array<[string, string]>;
  targetAttrs: Array<[string, string]>;
  /** Where each modelled note sat among `nodes` (see `writeNodesAndNotes`). */
  noteSlots: number[];
  /** Kept verbatim; the schema places it between `<source>` and `<target>`. */
  segSource?: XmlElement;
}

export const xliff12Format: MemoryFormat = {
  id: 'xliff12',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff'],
  sniff: (text) => xliffGeneration(text) === '1',
  parse: parseXliff12,
  serialize: serializeXliff12,
};

function parseXliff12(text: string, options: ParseOptions = {}): Memory {
  const fileName = options.fileName;
  const document = parseXml(text, { fileName });
  const root = document.root;
  if (localName(root.name) !== 'xliff') failAt(root, fileName, `expected <xliff>, found <${root.name}>`);
  const version = attr(root, 'version');
  if (!version || !/^1\.[012]$/.test(version)) failAt(root, fileName, `not XLIFF 1.x (version="${version ?? ''}")`);
  const scope = enterScope(new Map(), root);
  // 1.0 has no namespace, 1.1 and 1.2 have their own: XLIFF's elements are those in the root's.
  const reader = new Xliff12Reader(fileName, namespaceOf(root, scope));
  const files = structuralChildren(root, fileName).map((child) => {
    const childScope = child.type === 'element' ? enterScope(scope, child) : scope;
    if (!reader.isCore(child, childScope, 'file')) return failAt(root, fileName, 'only <file> elements may appear in <xliff>');
    return reader.file(child as XmlElement, childScope, reader.fileCount++);
  });
  if (files.length === 0) failAt(root, fileName, '<xliff> has no <file>');
  const extensions: DocumentExtras = { declaration: document.declaration, prolog: document.prolog, epilog: document.epilog, rootAttrs: without(root.attrs, ['version']) };
  return { format: 'xliff12', version, srcLang: reader.srcLang!, trgLang: reader.trgLang, files, extensions };
}

/** Reads the parts of a document; the streaming reader (`xliff-entries.ts`) makes one for each `<file>` and hands it the units one by one. */
export class Xliff12Reader {
  fileCount = 0;
  srcLang: string | undefined;
  trgLang: string | undefined;
  private ids = new Set<string>();

  constructor(
    private readonly fileName: string | undefined,
    private readonly core: string | undefined,
  ) {}

  /** Whether a node is the XLIFF element `name` (not a tool's element of the same local name). */
  isCore(node: XmlNode, scope: NamespaceScope, name: string): boolean {
    return node.type === 'element' && localName(node.name) === name && namespaceOf(node, scope) === this.core;
  }

  file(element: XmlElement, scope: NamespaceScope, index: number): MemoryFile {
    const sourceLanguage = attr(element, 'source-language');
    if (!sourceLanguage) failAt(element, this.fileName, '<file> has no source-language');
    if (attr(element, 'datatype') === undefined) failAt(element, this.fileName, '<file> has no datatype');
    if (attr(element, 'original') === undefined) failAt(element, this.fileName, '<file> has no original');
    this.srcLang ??= sourceLanguage;
    this.trgLang ??= attr(element, 'target-language');
    this.ids = new Set();
    const extras: FileExtras = { attrs: without(element.attrs, ['original']), nodes: [], bodyAttrs: [] };
    let items: Array<Unit | UnitGroup> = [];
    if (!element.children.some((child) => this.isCore(child, scope, 'body'))) failAt(element, this.fileName, '<file> has no <body>');
    for (const child of structuralChildren(element, this.fileName)) {
      const childScope = child.type === 'element' ? enterScope(scope, child) : scope;
      if (this.isCore(child, childScope, 'header')) extras.header = child as XmlElement;
      else if (this.isCore(child, childScope, 'body')) {
        extras.bodyAttrs = (child as XmlElement).attrs;
        const body = this.container(child as XmlElement, childScope);
        items = body.items;
        extras.nodes.push(...body.extras.nodes);
      } else extras.nodes.push(child);
    }
    return { id: `f${index + 1}`, original: attr(element, 'original'), items, notes: [], metadata: {}, extensions: extras };
  }

  private container(element: XmlElement, scope: NamespaceScope): { items: Array<Unit | UnitGroup>; notes: Note[]; extras: Extras } {
    const items: Array<Unit | UnitGroup> = [];
    const notes: Note[] = [];
    const extras: Extras = { attrs: [], nodes: [] };
    for (const child of structuralChildren(element, this.fileName)) {
      const childScope = child.type === 'element' ? enterScope(scope, child) : scope;
      if (this.isCore(child, childScope, 'trans-unit')) items.push(this.unit(child as XmlElement, childScope));
      else if (this.isCore(child, childScope, 'group')) items.push(this.group(child as XmlElement, childScope));
      else if (this.isCore(child, childScope, 'note') && isModelledNote(child as XmlElement)) notes.push(readNote(child as XmlElement));
      else extras.nodes.push(child);
    }
    return { items, notes, extras };
  }

  private group(element: XmlElement, scope: NamespaceScope): UnitGroup {
    const body = this.container(element, scope);
    const group: UnitGroup = { items: body.items, notes: body.notes, metadata: {}, extensions: { attrs: without(element.attrs, ['id', 'resname']), nodes: body.extras.nodes } };
    const id = attr(element, 'id');
    const name = attr(element, 'resname');
    if (id !== undefined) group.id = id;
    if (name !== undefined) group.name = name;
    return group;
  }

  unit(element: XmlElement, scope: NamespaceScope): Unit {
    const id = attr(element, 'id');
    if (!id) failAt(element, this.fileName, '<trans-unit> has no id');
    if (this.ids.has(id!)) failAt(element, this.fileName, `duplicate trans-unit id "${id}"`);
    this.ids.add(id!);
    const unit: Unit = { id: id!, segments: [], notes: [], metadata: {}, location: locationOf(element) };
    const name = attr(element, 'resname');
    if (name !== undefined) unit.name = name;
    const extras: UnitExtras = { attrs: without(element.attrs, ['id', 'resname']), nodes: [], sourceAttrs: [], targetAttrs: [], noteSlots: [] };
    let segment: Segment | undefined;
    for (const child of structuralChildren(element, this.fileName)) {
      const childName = child.type === 'element' && namespaceOf(child, enterScope(scope, child)) === this.core ? localName(child.name) : '';
      if (child.type !== 'element') extras.nodes.push(child);
      else if (childName === 'source' && !segment) {
        segment = { source: readInline(child), location: contentLocation(child) };
        extras.sourceAttrs = child.attrs;
      } else if (childName === 'target' && segment && segment.target === undefined) {
        segment.target = readInline(child);
        segment.targetLocation = contentLocation(child);
        const state = attr(child, 'state');
        if (state !== undefined) {
          segment.stateRaw = state;
          segment.state = STATE_FROM_12[state] ?? (state.startsWith('x-') ? 'initial' : failAt(child, this.fileName, `invalid state "${state}"`));
        }
        extras.targetAttrs = without(child.attrs, ['state']);
      } else if (childName === 'seg-source' && segment && !extras.segSource) {
        extras.segSource = child;
      } else if (childName === 'note' && isModelledNote(child)) {
        unit.notes.push(readNote(child));
        extras.noteSlots.push(extras.nodes.length);
      } else if (childName === 'context-group' && attr(child, 'name') === `${METADATA_GROUP}-${id}`) Object.assign(unit.metadata, readMetadata(child));
      else extras.nodes.push(child);
    }
    if (!segment) failAt(element, this.fileName, `<trans-unit id="${id}"> has no <source>`);
    if (segment!.target !== undefined && attr(element, 'approved') === 'yes' && segment!.state === undefined) segment!.state = 'reviewed';
    unit.segments.push(segment!);
    takeFields(unit, ALL_FIELDS);
    unit.extensions = extras;
    return unit;
  }
}

function isModelledNote(element: XmlElement): boolean {
  return element.children.every((child) => child.type === 'text' || child.type === 'cdata');
}

function readNote(element: XmlElement): Note {
  const note: Note = { text: textContent(element) };
  const priority = attr(element, 'priority');
  const annotates = attr(element, 'annotates');
  const from = attr(element, 'from');
  if (priority !== undefined && /^(10|[1-9])$/.test(priority)) note.priority = Number(priority);
  if (annotates === 'source' || annotates === 'target') note.appliesTo = annotates;
  if (from !== undefined) note.category = from;
  const modelled = new Set(['from', ...(note.priority !== undefined ? ['priority'] : []), ...(note.appliesTo !== undefined ? ['annotates'] : [])]);
  const rest = element.attrs.filter(([key]) => !modelled.has(key));
  if (rest.length > 0) note.attrs = rest;
  return note;
}

function readMetadata(group: XmlElement): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const child of group.children) {
    if (child.type !== 'element' || localName(child.name) !== 'context') continue;
    const type = attr(child, 'context-type') ?? '';
    metadata[type.startsWith('x-') ? type.slice(2) : type] = textContent(child);
  }
  return metadata;
}

function serializeXliff12(memory: Memory): string {
  const own = memory.format === 'xliff12';
  const extensions = (own ? memory.extensions : undefined) as DocumentExtras | undefined;
  const writer = new XmlWriter();
  const declaration = extensions?.declaration ?? { version: '1.0', encoding: 'UTF-8' };
  writer.line(`<?xml version="${declaration.version}"${declaration.encoding ? ` encoding="${declaration.encoding}"` : ''}${declaration.standalone ? ` standalone="${declaration.standalone}"` : ''}?>`);
  writer.raw(0, extensions?.prolog ?? []);
  writer.open(0, 'xliff', [['version', own && memory.version ? memory.version : '1.2'], ...(extensions?.rootAttrs ?? [['xmlns', CORE_12]])]);
  // Notes on the whole document (XLIFF 2.2) go to the first file's header: 1.2 has no other place.
  memory.files.forEach((file, index) => writeFile(writer, index === 0 ? { ...file, notes: [...(memory.notes ?? []), ...file.notes] } : file, memory, own));
  writer.close(0, 'xliff');
  writer.raw(0, extensions?.epilog ?? []);
  return writer.toString();
}

function writeFile(writer: XmlWriter, file: MemoryFile, memory: Memory, own: boolean): void {
  const extras = own ? (file.extensions as FileExtras | undefined) : undefined;
  const attrs: Array<[string, string | undefined]> = extras
    ? [['original', file.original], ...extras.attrs]
    : [['original', file.original ?? file.id], ['source-language', memory.srcLang], ['target-language', memory.trgLang], ['datatype', 'plaintext']];
  writer.open(1, 'file', attrs);
  if (extras?.header) writer.raw(2, [extras.header]);
  else if (file.notes.length > 0) {
    writer.open(2, 'header', []);
    for (const note of file.notes) writeNote(writer, 3, note);
    writer.close(2, 'header');
  }
  writer.open(2, 'body', extras?.bodyAttrs ?? []);
  for (const item of file.items) writeItem(writer, 3, item, own, memory.format);
  writer.raw(3, extras?.nodes ?? []);
  writer.close(2, 'body');
  writer.close(1, 'file');
}

function writeItem(writer: XmlWriter, depth: number, item: Unit | UnitGroup, own: boolean, from: string | undefined): void {
  if ('segments' in item) {
    writeUnit(writer, depth, item, own, from);
    return;
  }
  const extras = own ? extrasOf(item.extensions) : undefined;
  writer.open(depth, 'group', [['id', item.id], ['resname', item.name], ...(extras?.attrs ?? [])]);
  const isBinUnit = (node: XmlNode) => node.type === 'element' && localName(node.name) === 'bin-unit';
  for (const note of item.notes) writeNote(writer, depth + 1, note);
  writer.raw(depth + 1, (extras?.nodes ?? []).filter((node) => !isBinUnit(node)));
  for (const child of item.items) writeItem(writer, depth + 1, child, own, from);
  writer.raw(depth + 1, (extras?.nodes ?? []).filter(isBinUnit));
  writer.close(depth, 'group');
}

function writeUnit(writer: XmlWriter, depth: number, unit: Unit, own: boolean, from: string | undefined): void {
  const extras = own ? (unit.extensions as UnitExtras | undefined) : undefined;
  writer.open(depth, 'trans-unit', [['id', unit.id], ['resname', unit.name], ...(extras?.attrs ?? [])]);
  const segments = unit.segments.filter((segment) => !segment.ignorable || segment.target !== undefined);
  const source = convertCodes(unit.segments.flatMap((segment) => segment.source), 'xliff12', from);
  writer.leaf(depth + 1, 'source', extras?.sourceAttrs ?? [], writeInline(source));
  if (extras?.segSource) writer.raw(depth + 1, [extras.segSource]);
  const hasTarget = segments.some((segment) => segment.target !== undefined);
  if (hasTarget) {
    const target = convertCodes(unit.segments.flatMap((segment) => segment.target ?? (segment.ignorable ? segment.source : [])), 'xliff12', from);
    const qualifier = xliff12StateQualifier(unit);
    const targetAttrs = (extras?.targetAttrs ?? []).filter(([name]) => qualifier === undefined || name !== 'state-qualifier');
    writer.leaf(depth + 1, 'target', [['state', stateFor(segments, own)], ['state-qualifier', qualifier], ...targetAttrs], writeInline(target));
  }
  const metadata = metadataWithFields(unit, ALL_FIELDS);
  if (Object.keys(metadata).length > 0) {
    // Group names are unique in a file: the unit id makes them so.
    writer.open(depth + 1, 'context-group', [['name', `${METADATA_GROUP}-${unit.id}`], ['purpose', 'information']]);
    for (const [key, value] of Object.entries(metadata)) writer.leaf(depth + 2, 'context', [['context-type', `x-${key}`]], writeInline([value]));
    writer.close(depth + 1, 'context-group');
  }
  for (const altTrans of xliff12AltTrans(unit)) writer.leaf(depth + 1, 'alt-trans', altTrans.attrs, altTrans.content);
  writeNodesAndNotes(writer, depth + 1, extras?.nodes ?? [], unit.notes, extras?.noteSlots, (note) => writeNote(writer, depth + 1, note));
  writer.close(depth, 'trans-unit');
}

/** The 1.2 state of a unit: the value read, or the nearest to the model's state. */
function stateFor(segments: readonly Segment[], own: boolean): string | undefined {
  const first = segments.find((segment) => !segment.ignorable) ?? segments[0];
  if (!first) return undefined;
  if (first.stateRaw !== undefined && (own || first.stateRaw in STATE_FROM_12)) return first.stateRaw;
  switch (first.state) {
    case 'initial':
      return 'needs-review-translation';
    case 'translated':
      return 'translated';
    case 'reviewed':
      return 'signed-off';
    case 'final':
      return 'final';
    default:
      return undefined;
  }
}

function writeNote(writer: XmlWriter, depth: number, note: Note): void {
  writer.leaf(
    depth,
    'note',
    [['from', note.category], ['priority', note.priority?.toString()], ['annotates', note.appliesTo], ...(note.attrs ?? []).filter(([key]) => !['from', 'priority', 'annotates'].includes(key))],
    writeInline([note.text]),
  );
}
