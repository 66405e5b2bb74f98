/**
 * A lean XLIFF 2.x and 1.2 reader for the memory engine: streams a file with a SAX parser and
 * builds the element tree of one unit at a time, which the format's own reader turns into a
 * unit, so a memory of a million units is read without its document tree (the lossless readers,
 * for converting and merging, keep every node and need several times the file's size). It yields
 * what `memoryEntries(format.parse(text), file)` yields and rejects what that rejects.
 */
import { MAX_NESTING_DEPTH, TOO_DEEP } from '../xml/legal-text.js';
import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.js';
import { UnitEntries, type TmEntry } from '../model/entries.js';
import type { Unit } from '../model/types.js';
import { streamingParser } from './streaming-xml.js';
import { Xliff12Reader } from './xliff12.js';
import { isCore, MDA_20, Xliff2Reader } from './xliff2.js';
import { attr, localName, type XmlElement, type XmlNode } from '../xml/xml.js';
import { enterScope, failAt, type NamespaceScope, namespaceOf } from './xml-model.js';

export type XliffDialect = 'xliff2' | 'xliff12';

interface Open {
  element: XmlElement;
  scope: NamespaceScope;
  /** A structural element (the root, a file, a body or group) whose children are read one by one and not kept. */
  streamed: boolean;
}

/**
 * Entries of an XLIFF file given as successive pieces of its text, made as the text is read:
 * an error is thrown when the entries reach it.
 */
export function* xliffEntries(chunks: Iterable<string>, fileName: string, dialect: XliffDialect): Generator<TmEntry> {
  const ready: TmEntry[] = [];
  const structure = dialect === 'xliff2' ? new Xliff2Structure(fileName, ready) : new Xliff12Structure(fileName, ready);
  const { parser, fail, write } = streamingParser(fileName);
  const stack: Open[] = [];
  let tagLine = 1;
  let tagColumn = 1;

  parser.on('opentagstart', () => {
    tagLine = parser.line;
    tagColumn = parser.column;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    // The unit's reader walks its inline codes as a tree: no deeper than every reader allows.
    if (stack.length >= MAX_NESTING_DEPTH) fail(`not well-formed XML: ${TOO_DEEP}`, tagLine, tagColumn);
    const element: XmlElement = { type: 'element', name: tag.name, attrs: Object.entries(tag.attributes), children: [], line: tagLine, column: tagColumn };
    const parent = stack[stack.length - 1];
    const scope = enterScope(parent?.scope ?? new Map(), element);
    const streamed = structure.opens(element, scope, parent);
    if (parent && !parent.streamed) parent.element.children.push(element);
    stack.push({ element, scope, streamed });
  });
  parser.on('closetag', () => {
    const closed = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (closed.streamed) structure.closes(closed.element);
    else if (parent?.streamed) structure.child(closed.element, closed.scope, parent.element);
  });
  const addNode = (node: XmlNode) => {
    const current = stack[stack.length - 1];
    if (!current) return;
    if (!current.streamed) current.element.children.push(node);
    else structure.nodeIn(node, current.element);
  };
  parser.on('text', (text) => addNode({ type: 'text', text, line: parser.line, column: parser.column + 1 }));
  parser.on('cdata', (text) => addNode({ type: 'cdata', text }));
  parser.on('comment', (text) => addNode({ type: 'comment', text }));
  parser.on('processinginstruction', ({ target, body }) => addNode({ type: 'pi', target: target ?? '', body }));
  for (const chunk of chunks) {
    write(chunk);
    yield* ready;
    ready.length = 0;
  }
  parser.close();
  yield* ready;
}

/** What a dialect does with its structural elements; units go to the format's reader. */
abstract class Structure {
  protected root: XmlElement | undefined;
  protected files = 0;
  private units: UnitEntries;

  constructor(
    protected readonly fileName: string,
    private readonly ready: TmEntry[],
  ) {
    this.units = new UnitEntries(fileName);
  }

  /** An element starts: whether it is structural (read child by child); checks what its start tag tells. */
  abstract opens(element: XmlElement, scope: NamespaceScope, parent: Open | undefined): boolean;

  /** A child element of a structural element has been read whole. */
  abstract child(element: XmlElement, scope: NamespaceScope, parent: XmlElement): void;

  /** A structural element ends. */
  abstract closes(element: XmlElement): void;

  /** Text, comments and the like directly inside a structural element: only white space is text there. */
  nodeIn(node: XmlNode, parent: XmlElement): void {
    if (node.type === 'text' && node.text.trim() !== '') {
      throw new InputError(`unexpected text inside <${localName(parent.name)}>`, { file: this.fileName, line: node.line, column: node.column });
    }
  }

  protected addUnit(unit: Unit): void {
    const entry = this.units.add(unit);
    if (entry) this.ready.push(entry);
  }

  protected endFile(): void {
    const entry = this.units.end();
    if (entry) this.ready.push(entry);
    this.files++;
  }

  protected endRoot(): void {
    if (this.files === 0) failAt(this.root!, this.fileName, '<xliff> has no <file>');
  }
}

class Xliff2Structure extends Structure {
  private trgLang: string | undefined;
  private reader: Xliff2Reader | undefined;
  private readonly fileIds = new Set<string>();
  /** Document-level notes and metadata (XLIFF 2.2) may come once each, before the first file. */
  private readonly topLevel = new Set<string>();

  opens(element: XmlElement, scope: NamespaceScope, parent: Open | undefined): boolean {
    if (!parent) {
      this.root = element;
      this.checkRoot(element, scope);
      return true;
    }
    if (!parent.streamed) return false;
    const name = localName(element.name);
    if (parent.element === this.root) {
      if (isCore(element, scope) && name === 'file') {
        const id = attr(element, 'id');
        if (!id) failAt(element, this.fileName, '<file> has no id');
        if (this.fileIds.has(id!)) failAt(element, this.fileName, `duplicate file id "${id}"`);
        this.fileIds.add(id!);
        this.reader = new Xliff2Reader(this.fileName, attr(this.root, 'srcLang')!, this.trgLang);
        return true;
      }
      const topLevel = isCore(element, scope) && name === 'notes' ? 'notes' : namespaceOf(element, scope) === MDA_20 && name === 'metadata' ? 'metadata' : undefined;
      if (this.fileIds.size > 0 || topLevel === undefined || this.topLevel.has(topLevel)) failAt(element, this.fileName, `unexpected <${element.name}> in <xliff>`);
      this.topLevel.add(topLevel!);
      return false;
    }
    if (name !== 'group' || !isCore(element, scope)) return false;
    const id = attr(element, 'id');
    if (!id) failAt(element, this.fileName, '<group> has no id');
    this.reader!.claimId(element, id!);
    return true;
  }

  private checkRoot(root: XmlElement, scope: NamespaceScope): void {
    if (localName(root.name) !== 'xliff') failAt(root, this.fileName, `expected <xliff>, found <${root.name}>`);
    const version = attr(root, 'version');
    if (!version || !/^2\.\d$/.test(version)) failAt(root, this.fileName, `not XLIFF 2 (version="${version ?? ''}")`);
    if (!isCore(root, scope)) failAt(root, this.fileName, `<xliff> is not in the XLIFF 2 namespace (${namespaceOf(root, scope) ?? 'none'})`);
    if (!attr(root, 'srcLang')) failAt(root, this.fileName, '<xliff> has no srcLang');
    this.trgLang = attr(root, 'trgLang');
    this.reader = new Xliff2Reader(this.fileName, attr(root, 'srcLang')!, this.trgLang);
  }

  child(element: XmlElement, scope: NamespaceScope): void {
    if (!isCore(element, scope)) return;
    const name = localName(element.name);
    if (name === 'notes') this.reader!.notes(element, scope);
    else if (name === 'unit' && this.fileIds.size > 0) {
      this.addUnit(this.reader!.unit(element, scope));
      if (this.reader!.sawTarget && !this.trgLang) failAt(this.root!, this.fileName, '<xliff> has targets but no trgLang');
    }
  }

  closes(element: XmlElement): void {
    if (element === this.root) this.endRoot();
    else if (localName(element.name) === 'file') this.endFile();
  }
}

class Xliff12Structure extends Structure {
  private core: string | undefined;
  private reader: Xliff12Reader | undefined;
  private sawBody = false;

  opens(element: XmlElement, scope: NamespaceScope, parent: Open | undefined): boolean {
    if (!parent) {
      this.root = element;
      if (localName(element.name) !== 'xliff') failAt(element, this.fileName, `expected <xliff>, found <${element.name}>`);
      const version = attr(element, 'version');
      if (!version || !/^1\.[012]$/.test(version)) failAt(element, this.fileName, `not XLIFF 1.x (version="${version ?? ''}")`);
      // 1.0 has no namespace, 1.1 and 1.2 have their own: XLIFF's elements are those in the root's.
      this.core = namespaceOf(element, scope);
      this.reader = new Xliff12Reader(this.fileName, this.core);
      return true;
    }
    if (!parent.streamed) return false;
    if (parent.element === this.root) {
      if (!this.reader!.isCore(element, scope, 'file')) failAt(this.root, this.fileName, 'only <file> elements may appear in <xliff>');
      if (!attr(element, 'source-language')) failAt(element, this.fileName, '<file> has no source-language');
      if (attr(element, 'datatype') === undefined) failAt(element, this.fileName, '<file> has no datatype');
      if (attr(element, 'original') === undefined) failAt(element, this.fileName, '<file> has no original');
      this.reader = new Xliff12Reader(this.fileName, this.core);
      this.sawBody = false;
      return true;
    }
    if (localName(parent.element.name) === 'file') return this.reader!.isCore(element, scope, 'body') && (this.sawBody = true);
    return this.reader!.isCore(element, scope, 'group');
  }

  override nodeIn(node: XmlNode, parent: XmlElement): void {
    // Comments and processing instructions count as children of <xliff>, and only files may be there.
    if (parent === this.root && node.type !== 'text') failAt(parent, this.fileName, 'only <file> elements may appear in <xliff>');
    super.nodeIn(node, parent);
  }

  child(element: XmlElement, scope: NamespaceScope, parent: XmlElement): void {
    if (localName(parent.name) !== 'file' && this.reader!.isCore(element, scope, 'trans-unit')) this.addUnit(this.reader!.unit(element, scope));
  }

  closes(element: XmlElement): void {
    if (element === this.root) this.endRoot();
    else if (localName(element.name) === 'file') {
      if (!this.sawBody) failAt(element, this.fileName, '<file> has no <body>');
      this.endFile();
    }
  }
}
