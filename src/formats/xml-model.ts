/**
 * Pieces shared by the XML-based formats: inline content ↔ XML nodes, the "extras" that keep
 * what the model does not cover, and pretty-printing structural elements without ever
 * touching mixed content.
 */
import { InputError } from '../errors.js';
import type { Inline, InlineCode, Location } from '../model/types.js';
import { escapeAttribute, escapeText, localName, serializeNode, type XmlElement, type XmlNode } from '../xml/xml.js';

/** Attributes and child nodes of a structural element that the model has no field for. */
export interface Extras {
  attrs: Array<[string, string]>;
  nodes: XmlNode[];
}

export const NO_EXTRAS: Extras = { attrs: [], nodes: [] };

export function extrasOf(value: unknown): Extras {
  const extras = value as Partial<Extras> | undefined;
  return { attrs: extras?.attrs ?? [], nodes: extras?.nodes ?? [] };
}

/** Inline content of a `source`/`target`/`seg` element: text and codes, verbatim. */
export function readInline(element: XmlElement): Inline[] {
  const content: Inline[] = [];
  const push = (text: string) => {
    const last = content[content.length - 1];
    if (typeof last === 'string') content[content.length - 1] = last + text;
    else content.push(text);
  };
  for (const child of element.children) {
    if (child.type === 'text' || child.type === 'cdata') push(child.text);
    else if (child.type === 'element') content.push(readCode(child));
    else if (child.type === 'comment') content.push({ kind: '!--', attrs: [], content: [child.text] });
  }
  return content;
}

function readCode(element: XmlElement): InlineCode {
  const code: InlineCode = { kind: element.name, attrs: element.attrs };
  const id = element.attrs.find(([name]) => name === 'id')?.[1];
  if (id !== undefined) code.id = id;
  if (element.children.length > 0) code.content = readInline(element);
  return code;
}

export function writeInline(content: readonly Inline[]): string {
  let xml = '';
  for (const part of content) {
    if (typeof part === 'string') xml += escapeText(part);
    else if (part.kind === '!--') xml += `<!--${part.content?.join('') ?? ''}-->`;
    else {
      let attrs = '';
      for (const [name, value] of part.attrs) attrs += ` ${name}="${escapeAttribute(value)}"`;
      xml += part.content && part.content.length > 0 ? `<${part.kind}${attrs}>${writeInline(part.content)}</${part.kind}>` : `<${part.kind}${attrs}/>`;
    }
  }
  return xml;
}

/** Builds pretty-printed structural XML: one element a line, indented; leaves written by callers. */
export class XmlWriter {
  private readonly lines: string[] = [];

  open(depth: number, name: string, attrs: Array<[string, string | undefined]>): void {
    this.lines.push(`${indent(depth)}<${name}${attributes(attrs)}>`);
  }

  close(depth: number, name: string): void {
    this.lines.push(`${indent(depth)}</${name}>`);
  }

  empty(depth: number, name: string, attrs: Array<[string, string | undefined]>): void {
    this.lines.push(`${indent(depth)}<${name}${attributes(attrs)}/>`);
  }

  /** An element whose content is written as is (inline markup or escaped text). */
  leaf(depth: number, name: string, attrs: Array<[string, string | undefined]>, innerXml: string): void {
    this.lines.push(`${indent(depth)}<${name}${attributes(attrs)}>${innerXml}</${name}>`);
  }

  raw(depth: number, nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      if (node.type === 'text' && node.text.trim() === '') continue;
      this.lines.push(`${indent(depth)}${serializeNode(node)}`);
    }
  }

  line(text: string): void {
    this.lines.push(text);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}

export function attributes(attrs: ReadonlyArray<[string, string | undefined]>): string {
  return attrs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

export function without(attrs: ReadonlyArray<[string, string]>, names: readonly string[]): Array<[string, string]> {
  return attrs.filter(([name]) => !names.includes(name));
}

export function locationOf(element: XmlElement): Location {
  return { line: element.line, column: element.column };
}

/** Where an element's content starts: its first child, or just after its start tag. */
export function contentLocation(element: XmlElement): Location {
  const first = element.children[0];
  if (first && (first.type === 'text' || first.type === 'element')) return { line: first.line, column: first.column };
  return locationOf(element);
}

/** Structural children only: insignificant white space between elements is not content. */
export function structuralChildren(element: XmlElement, fileName: string | undefined): XmlNode[] {
  return element.children.filter((child) => {
    if (child.type !== 'text') return true;
    if (child.text.trim() === '') return false;
    throw new InputError(`unexpected text inside <${localName(element.name)}>`, { file: fileName, line: child.line, column: child.column });
  });
}

export function failAt(element: XmlElement, fileName: string | undefined, reason: string): never {
  throw new InputError(reason, { file: fileName, line: element.line, column: element.column });
}

/** Namespace bindings in scope (prefix → URI; '' is the default namespace). */
export type NamespaceScope = ReadonlyMap<string, string>;

export function enterScope(scope: NamespaceScope, element: XmlElement): NamespaceScope {
  const declarations = element.attrs.filter(([name]) => name === 'xmlns' || name.startsWith('xmlns:'));
  if (declarations.length === 0) return scope;
  const next = new Map(scope);
  for (const [name, value] of declarations) next.set(name === 'xmlns' ? '' : name.slice(6), value);
  return next;
}

export function namespaceOf(element: XmlElement, scope: NamespaceScope): string | undefined {
  const colon = element.name.indexOf(':');
  return scope.get(colon === -1 ? '' : element.name.slice(0, colon));
}

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * An attribute by namespace and local name. An unprefixed attribute is in no namespace (`''`),
 * whatever the element's namespace: `its:version` is never XLIFF's `version`.
 */
export function attributeIn(element: XmlElement, scope: NamespaceScope, namespace: string, local: string): string | undefined {
  for (const [name, value] of element.attrs) {
    const colon = name.indexOf(':');
    if (colon === -1) {
      if (namespace === '' && name === local) return value;
      continue;
    }
    const prefix = name.slice(0, colon);
    if (prefix === 'xmlns' || name.slice(colon + 1) !== local) continue;
    if ((prefix === 'xml' ? XML_NAMESPACE : scope.get(prefix)) === namespace) return value;
  }
  return undefined;
}

/**
 * The root element's name, namespace and attributes, read from the start of a document
 * without parsing it (for telling formats apart); `undefined` when there is no start tag.
 */
export function rootTag(text: string): { local: string; namespace: string | undefined; element: XmlElement } | undefined {
  // No cut-off: a root tag with long attribute values, or a long comment before it, is still found.
  const prolog = /(?:\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/y;
  prolog.exec(text);
  const start = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
  start.lastIndex = prolog.lastIndex;
  const tag = start.exec(text);
  if (!tag) return undefined;
  const attrs = [...tag[2].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m): [string, string] => [m[1], m[2] ?? m[3]]);
  const element: XmlElement = { type: 'element', name: tag[1], attrs, children: [], line: 1, column: 1 };
  return { local: localName(tag[1]), namespace: namespaceOf(element, enterScope(new Map(), element)), element };
}

/** The prefix bound to a namespace URI in scope, if any. */
export function prefixFor(scope: NamespaceScope, uri: string): string | undefined {
  for (const [prefix, bound] of scope) if (bound === uri && prefix !== '') return prefix;
  return undefined;
}

/**
 * Writes extension nodes and modelled notes in the order they were read, so that a file with
 * `<note>` between two `<context-group>`s keeps it there. `noteSlots[i]` is how many of `nodes`
 * preceded note `i`; without a slot for every note (the notes were edited), notes come first.
 */
export function writeNodesAndNotes<T>(writer: XmlWriter, depth: number, nodes: readonly XmlNode[], notes: readonly T[], noteSlots: readonly number[] | undefined, writeNote: (note: T) => void): void {
  const slots = noteSlots !== undefined && noteSlots.length === notes.length ? noteSlots : notes.map(() => 0);
  let written = 0;
  notes.forEach((note, index) => {
    writer.raw(depth, nodes.slice(written, Math.max(written, slots[index])));
    written = Math.max(written, slots[index]);
    writeNote(note);
  });
  writer.raw(depth, nodes.slice(written));
}
