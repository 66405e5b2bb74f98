/**
 * A small, safe, lossless XML layer for the file formats.
 *
 * `parseXml` keeps every element, attribute (in document order, names as written), text,
 * CDATA section, comment and processing instruction, with line and column, so a writer can
 * reproduce what it read. It never resolves external entities and refuses DTDs that declare
 * entities (XXE, "billion laughs"); only the five predefined entities and character
 * references are expanded. It is a single linear scan with an explicit stack: deep nesting
 * cannot overflow the call stack.
 */
import { InputError } from '../errors.js';
import { codePointName, encodingProblem, firstIllegalChar, isLegalCodePoint, MAX_NESTING_DEPTH, TOO_DEEP } from './legal-text.js';

export interface XmlElement {
  type: 'element';
  name: string;
  attrs: Array<[string, string]>;
  children: XmlNode[];
  line: number;
  column: number;
  /** Set when an element without content was written `<x></x>`, so that it is written back so. */
  endTag?: true;
}

export interface XmlText {
  type: 'text';
  text: string;
  line: number;
  column: number;
}

export type XmlNode =
  | XmlElement
  | XmlText
  | { type: 'cdata'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'pi'; target: string; body: string }
  | { type: 'doctype'; text: string };

export interface XmlDeclaration {
  version: string;
  encoding?: string;
  standalone?: string;
}

export interface XmlDocument {
  declaration?: XmlDeclaration;
  /** Comments, processing instructions and the doctype before the root element. */
  prolog: XmlNode[];
  root: XmlElement;
  epilog: XmlNode[];
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text: string, options: { fileName?: string } = {}): XmlDocument {
  // End-of-line handling (XML 1.0 §2.11): CR LF and a lone CR are read as LF.
  return new XmlScanner(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, options.fileName).document();
}

class XmlScanner {
  private position = 0;
  private lineNumber = 1;
  private lineStart = 0;
  private lineScanned = 0;
  /** The first line break at or after `lineScanned` (-1: none): a long line is searched once, not per call. */
  private nextLineBreak = -2;
  private selfClosing = false;
  private readonly validNames = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly fileName: string | undefined,
  ) {}

  document(): XmlDocument {
    const prolog: XmlNode[] = [];
    let declaration: XmlDeclaration | undefined;
    if (this.text.startsWith('\uFEFF')) this.position = 1;
    const illegal = firstIllegalChar(this.text);
    if (illegal !== -1) this.failAt(illegal, `character ${codePointName(this.text, illegal)} is not allowed in XML`);
    if (this.text.startsWith('<?xml', this.position) && /\s/.test(this.text[this.position + 5] ?? '')) {
      declaration = this.declaration();
    }
    let root: XmlElement | undefined;
    const epilog: XmlNode[] = [];
    while (this.position < this.text.length) {
      const next = this.text.indexOf('<', this.position);
      const gap = this.text.slice(this.position, next === -1 ? this.text.length : next);
      if (gap.trim() !== '') this.fail(root ? 'text after the root element' : 'text before the root element');
      if (next === -1) break;
      this.position = next;
      if (this.text.startsWith('<!--', next)) (root ? epilog : prolog).push(this.comment());
      else if (this.text.startsWith('<?', next)) (root ? epilog : prolog).push(this.processingInstruction());
      else if (this.text.startsWith('<!DOCTYPE', next)) {
        if (root) this.fail('DOCTYPE after the root element');
        prolog.push(this.doctype());
      } else {
        if (root) this.fail('more than one root element');
        root = this.element();
      }
    }
    if (!root) this.fail('no root element');
    return { declaration, prolog, root: root!, epilog };
  }

  private declaration(): XmlDeclaration {
    const end = this.text.indexOf('?>', this.position);
    if (end === -1) this.fail('unterminated XML declaration');
    const body = this.text.slice(this.position + 5, end);
    const attrs = Object.fromEntries([...body.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]));
    if (!attrs.version) this.fail('XML declaration without version');
    const encodingRefused = attrs.encoding === undefined ? undefined : encodingProblem(attrs.encoding);
    if (encodingRefused) this.fail(encodingRefused);
    this.position = end + 2;
    return { version: attrs.version, encoding: attrs.encoding, standalone: attrs.standalone };
  }

  private doctype(): XmlNode {
    const start = this.position;
    let depth = 0;
    let quote = '';
    for (let i = start + 2; i < this.text.length; i++) {
      const char = this.text[i];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[') depth++;
      else if (char === ']') depth--;
      else if (char === '>' && depth === 0) {
        const doctype = this.text.slice(start, i + 1);
        if (/<!ENTITY/i.test(doctype)) {
          this.fail('the DTD declares entities; entity declarations are refused (external entities and entity expansion are never processed)');
        }
        this.position = i + 1;
        return { type: 'doctype', text: doctype };
      }
    }
    return this.fail('unterminated DOCTYPE');
  }

  private comment(): XmlNode {
    const end = this.text.indexOf('-->', this.position + 4);
    if (end === -1) this.fail('unterminated comment');
    const text = this.text.slice(this.position + 4, end);
    this.position = end + 3;
    return { type: 'comment', text };
  }

  private processingInstruction(): XmlNode {
    const end = this.text.indexOf('?>', this.position + 2);
    if (end === -1) this.fail('unterminated processing instruction');
    const content = this.text.slice(this.position + 2, end);
    const match = /^([^\s?]+)(\s+([\s\S]*))?$/.exec(content);
    if (!match) this.fail('processing instruction without a target');
    if (match![1].toLowerCase() === 'xml') this.fail('XML declaration not at the start of the document');
    this.position = end + 2;
    return { type: 'pi', target: match![1], body: match![3] ?? '' };
  }

  /** Parses one element and everything inside it, iteratively. */
  private element(): XmlElement {
    const stack: XmlElement[] = [];
    let root: XmlElement | undefined;
    for (;;) {
      if (this.position >= this.text.length) {
        this.fail(`element <${stack[stack.length - 1]?.name ?? '?'}> is not closed`);
      }
      const current = stack[stack.length - 1];
      const char = this.text[this.position];
      if (char !== '<') {
        const next = this.text.indexOf('<', this.position);
        const end = next === -1 ? this.text.length : next;
        this.moveLineTo(this.position);
        const raw = this.text.slice(this.position, end);
        if (raw.includes(']]>')) this.failAt(this.position + raw.indexOf(']]>'), '"]]>" is not allowed in text');
        current.children.push({ type: 'text', text: this.decode(raw, this.position), line: this.lineNumber, column: this.position - this.lineStart + 1 });
        this.position = end;
        continue;
      }
      if (this.text.startsWith('</', this.position)) {
        const end = this.text.indexOf('>', this.position);
        if (end === -1) this.fail('unterminated end tag');
        const name = this.text.slice(this.position + 2, end).trim();
        if (!current || name !== current.name) {
          this.fail(current ? `end tag </${name}> does not match <${current.name}>` : `unexpected end tag </${name}>`);
        }
        this.position = end + 1;
        if (stack.pop()!.children.length === 0) current.endTag = true;
        if (stack.length === 0) return root!;
        continue;
      }
      if (this.text.startsWith('<!--', this.position)) {
        current.children.push(this.comment());
        continue;
      }
      if (this.text.startsWith('<![CDATA[', this.position)) {
        const end = this.text.indexOf(']]>', this.position);
        if (end === -1) this.fail('unterminated CDATA section');
        current.children.push({ type: 'cdata', text: this.text.slice(this.position + 9, end) });
        this.position = end + 3;
        continue;
      }
      if (this.text.startsWith('<?', this.position)) {
        current.children.push(this.processingInstruction());
        continue;
      }
      if (this.text.startsWith('<!', this.position)) this.fail('markup declaration inside an element');
      const element = this.startTag();
      if (current) current.children.push(element);
      else root = element;
      if (this.selfClosing) {
        if (!current) return element;
      } else if (stack.push(element) > MAX_NESTING_DEPTH) this.failAt(this.position - 1, TOO_DEEP);
    }
  }

  /** Reads a start tag; `selfClosing` then tells whether it was an empty-element tag. */
  private startTag(): XmlElement {
    this.moveLineTo(this.position);
    const line = this.lineNumber;
    const column = this.position - this.lineStart + 1;
    this.position++;
    const name = this.name();
    let attrs = NO_ATTRIBUTES;
    // Most elements have a few attributes: a set is only worth making for many (and keeps that linear).
    let seen: Set<string> | undefined;
    for (;;) {
      const spaceStart = this.position;
      this.skipSpace();
      const char = this.text[this.position];
      if (char === '>') {
        this.position++;
        this.selfClosing = false;
        return { type: 'element', name, attrs, children: [], line, column };
      }
      if (char === '/' && this.text[this.position + 1] === '>') {
        this.position += 2;
        this.selfClosing = true;
        return { type: 'element', name, attrs, children: NO_CHILDREN, line, column };
      }
      if (char === undefined) this.fail(`unterminated start tag <${name}>`);
      if (this.position === spaceStart) this.fail(`white space expected in <${name}>`);
      const attrName = this.name();
      this.skipSpace();
      if (this.text[this.position] !== '=') this.fail(`attribute ${attrName} has no value`);
      this.position++;
      this.skipSpace();
      const quote = this.text[this.position];
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${attrName} value must be quoted`);
      const end = this.text.indexOf(quote, this.position + 1);
      if (end === -1) this.fail(`unterminated value of attribute ${attrName}`);
      const raw = this.text.slice(this.position + 1, end);
      if (raw.includes('<')) this.fail(`"<" in the value of attribute ${attrName}`);
      if (attrs.length >= 8) seen ??= new Set(attrs.map(([name]) => name));
      if (seen ? seen.has(attrName) : attrs.some(([name]) => name === attrName)) this.fail(`duplicate attribute ${attrName}`);
      seen?.add(attrName);
      // Literal white space is normalized to a space (§3.3.3); a character reference (&#10;) is kept.
      if (attrs === NO_ATTRIBUTES) attrs = [];
      attrs.push([attrName, this.decode(raw.replace(/[\t\n]/g, ' '), this.position + 1)]);
      this.position = end + 1;
    }
  }

  private name(): string {
    const start = this.position;
    NAME_CHARACTERS.lastIndex = start;
    NAME_CHARACTERS.test(this.text);
    this.position = NAME_CHARACTERS.lastIndex;
    const name = this.text.slice(start, this.position);
    // A document uses few names many times: each is checked once.
    if (!this.validNames.has(name)) {
      if (!/^[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*$/.test(name)) this.failAt(start, `invalid name "${name.slice(0, 40)}"`);
      this.validNames.add(name);
    }
    return name;
  }

  private skipSpace(): void {
    for (let code = this.text.charCodeAt(this.position); code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a; code = this.text.charCodeAt(this.position)) this.position++;
  }

  private decode(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (match, body: string, index: number) => {
      if (!match.endsWith(';')) this.failAt(offset + index, 'unescaped "&"');
      if (body.startsWith('#')) {
        const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        if (!Number.isInteger(code) || !isLegalCodePoint(code) || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body)) {
          this.failAt(offset + index, `invalid character reference &${body};`);
        }
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[body];
      if (value === undefined) this.failAt(offset + index, `undefined entity &${body}; (only the predefined XML entities are allowed)`);
      return value;
    });
  }

  private locate(offset: number): { line: number; column: number } {
    this.moveLineTo(offset);
    return { line: this.lineNumber, column: offset - this.lineStart + 1 };
  }

  /** Brings `lineNumber` and `lineStart` to the line holding `offset`. */
  private moveLineTo(offset: number): void {
    if (offset < this.lineScanned) {
      this.lineNumber = 1;
      this.lineStart = 0;
      this.lineScanned = 0;
      this.nextLineBreak = -2;
    }
    if (this.nextLineBreak === -2) this.nextLineBreak = this.text.indexOf('\n', this.lineScanned);
    while (this.nextLineBreak !== -1 && this.nextLineBreak < offset) {
      this.lineNumber++;
      this.lineStart = this.nextLineBreak + 1;
      this.nextLineBreak = this.text.indexOf('\n', this.lineStart);
    }
    this.lineScanned = offset;
  }

  private fail(reason: string): never {
    return this.failAt(this.position, reason);
  }

  private failAt(offset: number, reason: string): never {
    throw new InputError(`not well-formed XML: ${reason}`, { file: this.fileName, ...this.locate(offset) });
  }
}

/**
 * The children of every empty element: one frozen array, as a memory may hold a million empty
 * inline codes. Nothing adds children or attributes to an element once it is read.
 */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
/** The attributes of every element without any, frozen for the same reason. */
const NO_ATTRIBUTES: Array<[string, string]> = Object.freeze([]) as unknown as Array<[string, string]>;

/** A name runs up to white space or a character of markup. */
const NAME_CHARACTERS = /[^ \t\r\n>/="'<]*/y;

const TEXT_TO_ESCAPE = /[&<>\r]/;
const ATTRIBUTE_TO_ESCAPE = /[&<"\t\n\r]/;

/** A literal CR would be read back as LF: it is written as a character reference. */
export function escapeText(text: string): string {
  if (!TEXT_TO_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_TO_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export function serializeNode(node: XmlNode): string {
  switch (node.type) {
    case 'element':
      return serializeElement(node);
    case 'text':
      return escapeText(node.text);
    case 'cdata':
      return `<![CDATA[${node.text}]]>`;
    case 'comment':
      return `<!--${node.text}-->`;
    case 'pi':
      return `<?${node.target}${node.body ? ` ${node.body}` : ''}?>`;
    case 'doctype':
      return node.text;
  }
}

export function serializeElement(element: XmlElement): string {
  const attrs = element.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (element.children.length === 0 && !element.endTag) return `<${element.name}${attrs}/>`;
  return `<${element.name}${attrs}>${element.children.map(serializeNode).join('')}</${element.name}>`;
}

export function serializeXml(document: XmlDocument): string {
  const parts: string[] = [];
  const { declaration } = document;
  if (declaration) {
    parts.push(
      `<?xml version="${declaration.version}"${declaration.encoding ? ` encoding="${declaration.encoding}"` : ''}${
        declaration.standalone ? ` standalone="${declaration.standalone}"` : ''
      }?>\n`,
    );
  }
  for (const node of document.prolog) parts.push(serializeNode(node), '\n');
  parts.push(serializeElement(document.root), '\n');
  for (const node of document.epilog) parts.push(serializeNode(node), '\n');
  return parts.join('');
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function attr(element: XmlElement, name: string): string | undefined {
  for (const [key, value] of element.attrs) if (key === name) return value;
  return undefined;
}

/** Child elements, optionally only those with the given local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element' && (name === undefined || localName(child.name) === name));
}

export function textContent(node: XmlNode): string {
  if (node.type === 'text' || node.type === 'cdata') return node.text;
  if (node.type !== 'element') return '';
  return node.children.map(textContent).join('');
}

/** Builds an element; `children` may mix nodes and strings (text). */
export function element(name: string, attrs: Array<[string, string | undefined]> = [], children: Array<XmlNode | string> = []): XmlElement {
  return {
    type: 'element',
    name,
    attrs: attrs.filter((pair): pair is [string, string] => pair[1] !== undefined),
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', text: child, line: 0, column: 0 } : child)),
    line: 0,
    column: 0,
  };
}
