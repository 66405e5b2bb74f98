/**
 * A lean TMX reader for the memory engine: streams `<tu>`s into entries with a SAX parser, so a
 * memory of a million units is read without building its document tree (the lossless reader in
 * `tmx.ts`, for converting and merging, keeps every node and needs several times the file's size).
 * It yields what `memoryEntries(tmxFormat.parse(text), file)` yields, and rejects what that rejects.
 */
import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.js';
import type { TmEntry } from '../model/entries.js';
import { NATIVE_CODE_KINDS } from '../model/memory.js';
import { encodingProblem, MAX_NESTING_DEPTH, TOO_DEEP } from '../xml/legal-text.js';
import { streamingParser } from './streaming-xml.js';
import { languageTagsMatch, sameLanguageTag } from '../lang/language-tag.js';
import { isoFromTmxDate, sourceLanguage } from './tmx.js';
const CONTEXT_KEYS = { previous: 'tmkit:context-previous', next: 'tmkit:context-next' } as const;

interface UnitInProgress {
  id: string;
  hasTuid: boolean;
  line: number;
  column: number;
  changed?: string;
  metadataKeys: Set<string>;
  /** The language and text of the first `tuv`, and the first text in the declared source language. */
  first?: { lang: string; text: string };
  declaredSource?: string;
  /** The first text of each language, as a target candidate. */
  texts: Map<string, string>;
}

interface TuvInProgress {
  lang: string;
  line: number;
  column: number;
  segs: number;
}

/**
 * Entries of a TMX file given as successive pieces of its text. The file is read (and any error
 * thrown) before this returns; the entries are then made one at a time as they are taken.
 */
export function tmxEntries(chunks: Iterable<string>, fileName: string): Iterable<TmEntry> {
  const units = new TmxUnits(fileName);
  const { parser, fail } = streamingParser(fileName);
  const stack: string[] = [];
  let tagLine = 1;
  let tagColumn = 1;
  let unit: UnitInProgress | undefined;
  let tuv: TuvInProgress | undefined;
  /** Inside the first `<seg>` of a `<tuv>`: its text so far, and how many native codes are open. */
  let segText: string[] | undefined;
  let segDepth = 0;
  let nativeDepth = 0;
  /** Inside a `<prop>` of a unit: its key and text so far. */
  let prop: { key: string; text: string[]; depth: number } | undefined;
  let sawHeader = false;
  let sawBody = false;

  parser.on('opentagstart', () => {
    tagLine = parser.line;
    tagColumn = parser.column;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const { name, attributes } = tag;
    const parent = stack[stack.length - 1];
    const depth = stack.push(name);
    if (depth > MAX_NESTING_DEPTH) fail(`not well-formed XML: ${TOO_DEEP}`, tagLine, tagColumn);
    if (segText !== undefined) {
      if (NATIVE_CODE_KINDS.has(name)) nativeDepth++;
      return;
    }
    if (prop) return;
    if (depth === 1) {
      if (name !== 'tmx') fail(`expected <tmx>, found <${name}>`, tagLine, tagColumn);
      const version = attributes.version;
      if (!version || !/^1\.[1-4]b?$/.test(version)) fail(`unsupported TMX version "${version ?? ''}"`, tagLine, tagColumn);
    } else if (depth === 2 && name === 'header' && !sawHeader) {
      sawHeader = true;
      if (!attributes.srclang) fail('<header> has no srclang', tagLine, tagColumn);
      units.declareSource(attributes.srclang);
    } else if (depth === 2 && name === 'body' && !sawBody) {
      sawBody = true;
      if (!sawHeader) fail('<tmx> has no <header>', tagLine, tagColumn);
    } else if (depth === 3 && parent === 'body') {
      if (name !== 'tu') fail(`unexpected <${name}> in <body>`, tagLine, tagColumn);
      const tuid = attributes.tuid;
      const changed = isoFromTmxDate(attributes.changedate) ?? isoFromTmxDate(attributes.creationdate);
      unit = { id: tuid ?? `tu${units.count + 1}`, hasTuid: tuid !== undefined, line: tagLine, column: tagColumn, changed, metadataKeys: new Set(), texts: new Map() };
    } else if (depth === 4 && unit && name === 'prop' && attributes.type?.startsWith('x-') && Object.keys(attributes).length === 1) {
      const key = attributes.type.slice(2);
      if (!unit.metadataKeys.has(key)) {
        unit.metadataKeys.add(key);
        prop = { key, text: [], depth };
      }
    } else if (depth === 4 && unit && name === 'tuv') {
      const lang = attributes['xml:lang'] ?? attributes.lang;
      if (!lang) fail('<tuv> has no xml:lang', tagLine, tagColumn);
      tuv = { lang, line: tagLine, column: tagColumn, segs: 0 };
    } else if (depth === 5 && tuv && name === 'seg' && tuv.segs++ === 0) {
      segText = [];
      segDepth = depth;
      nativeDepth = 0;
    }
  });
  parser.on('closetag', (tag) => {
    const depth = stack.length;
    stack.pop();
    if (segText !== undefined) {
      if (depth === segDepth) {
        units.addTuv(unit!, tuv!.lang, segText.join(''));
        segText = undefined;
      } else if (NATIVE_CODE_KINDS.has(tag.name)) nativeDepth--;
      return;
    }
    if (prop) {
      if (depth === prop.depth) {
        units.setMetadata(prop.key, prop.text.join(''));
        prop = undefined;
      }
      return;
    }
    if (depth === 4 && tuv && tag.name === 'tuv') {
      if (tuv.segs === 0) fail('<tuv> has no <seg>', tuv.line, tuv.column);
      tuv = undefined;
    } else if (depth === 3 && unit && tag.name === 'tu') {
      units.finishUnit(unit);
      unit = undefined;
    } else if (depth === 1) {
      if (!sawHeader) fail('<tmx> has no <header>');
      if (!sawBody) fail('<tmx> has no <body>');
    }
  });
  const onText = (text: string, cdata: boolean) => {
    if (segText !== undefined) {
      if (nativeDepth === 0) segText.push(text);
    } else if (prop) prop.text.push(text);
    else if (!cdata && stack.length > 0 && text.trim() !== '' && ['tmx', 'body', 'tu', 'tuv'].includes(stack[stack.length - 1])) {
      fail(`unexpected text inside <${stack[stack.length - 1]}>`);
    }
  };
  parser.on('text', (text) => onText(text, false));
  parser.on('cdata', (text) => onText(text, true));
  // A comment inside a segment is inline content, and its text counts as the segment's text.
  parser.on('comment', (text) => {
    if (segText !== undefined && nativeDepth === 0) segText.push(text);
  });
  let first = true;
  for (const chunk of chunks) {
    if (first) {
      // Checked before the parser sees it, so that both XML readers refuse a declaration in the same words.
      const declared = /^\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(chunk);
      const refused = declared ? encodingProblem(declared[1] ?? declared[2]) : undefined;
      if (refused) fail(`not well-formed XML: ${refused}`, 1, 1);
      first = false;
    }
    parser.write(chunk);
  }
  parser.close();
  units.finish();
  return units.entries();
}

/** The units read so far, as columns; entries are made at the end, once the languages are known. */
class TmxUnits {
  count = 0;
  private declared: string | undefined;
  private srcLang: string | undefined;
  private trgLang: string | undefined;
  private readonly ids: string[] = [];
  /** Each unit's first text, and its first text in the declared source language: which is the source is known at the end. */
  private readonly firstTexts: Array<string | undefined> = [];
  private readonly declaredSources: Array<string | undefined> = [];
  private readonly changed: Array<string | undefined> = [];
  private readonly previous: Array<string | undefined> = [];
  private readonly next: Array<string | undefined> = [];
  private readonly texts = new Map<string, Array<string | undefined>>();
  /** Every tuv counts towards the target language (bar the source's), as in the full reader. */
  private readonly languageCounts = new Map<string, number>();
  /** The language every unit's first tuv is in, while they agree (`null` once they do not). */
  private firstLanguage: string | null | undefined;
  /** The first unit with no tuv in the declared source language: an error unless the units name another source. */
  private firstWithoutDeclared: UnitInProgress | undefined;
  private readonly tuids = new Set<string>();

  constructor(private readonly fileName: string) {}

  declareSource(srclang: string): void {
    this.declared = srclang;
  }

  /** A property of the unit being read (the next one to finish). */
  setMetadata(key: string, value: string): void {
    if (key === CONTEXT_KEYS.previous) this.previous[this.count] = value;
    else if (key === CONTEXT_KEYS.next) this.next[this.count] = value;
  }

  addTuv(unit: UnitInProgress, lang: string, text: string): void {
    unit.first ??= { lang, text };
    // `*all*`: the first language read is the source.
    if (this.declared === undefined || this.declared === '*all*') this.declared = lang;
    if (languageTagsMatch(lang, this.declared)) unit.declaredSource ??= text;
    this.languageCounts.set(lang, (this.languageCounts.get(lang) ?? 0) + 1);
    if (!unit.texts.has(lang)) unit.texts.set(lang, text);
  }

  finishUnit(unit: UnitInProgress): void {
    if (unit.first === undefined) throw new InputError('<tu> has no <tuv>', { file: this.fileName, line: unit.line, column: unit.column });
    if (this.firstLanguage === undefined) this.firstLanguage = unit.first.lang;
    else if (this.firstLanguage !== null && !sameLanguageTag(this.firstLanguage, unit.first.lang)) this.firstLanguage = null;
    if (unit.declaredSource === undefined) this.firstWithoutDeclared ??= unit;
    // Once the units disagree on their first language, the header's source language holds.
    if (this.firstLanguage === null && this.firstWithoutDeclared) this.failWithoutSource(this.firstWithoutDeclared, this.declared);
    if (unit.hasTuid) {
      if (this.tuids.has(unit.id)) throw new InputError(`duplicate tuid "${unit.id}"`, { file: this.fileName, line: unit.line, column: unit.column });
      this.tuids.add(unit.id);
    }
    const index = this.count++;
    this.ids[index] = unit.id;
    this.firstTexts[index] = unit.first?.text;
    this.declaredSources[index] = unit.declaredSource;
    this.changed[index] = unit.changed;
    for (const [lang, text] of unit.texts) {
      let column = this.texts.get(lang);
      if (!column) this.texts.set(lang, (column = []));
      column[index] = text;
    }
  }

  /** Settles the source and target languages once every unit is read; throws what the full reader throws. */
  finish(): void {
    this.srcLang = sourceLanguage(this.declared ?? 'und', this.firstLanguage ?? undefined);
    if (this.firstWithoutDeclared && this.srcLang === this.declared) this.failWithoutSource(this.firstWithoutDeclared, this.srcLang);
    for (const [lang, count] of this.languageCounts) {
      if (languageTagsMatch(lang, this.srcLang)) continue;
      if (this.trgLang === undefined || count > this.languageCounts.get(this.trgLang)!) this.trgLang = lang;
    }
  }

  private failWithoutSource(unit: UnitInProgress, lang: string | undefined): never {
    throw new InputError(`<tu${unit.hasTuid ? ` tuid="${unit.id}"` : ''}> has no <tuv> in the source language ${lang}`, { file: this.fileName, line: unit.line, column: unit.column });
  }

  *entries(): Generator<TmEntry> {
    const sources = this.srcLang === this.declared ? this.declaredSources : this.firstTexts;
    const targets = this.trgLang === undefined ? [] : this.texts.get(this.trgLang)!;
    for (let index = 0; index < this.count; index++) {
      const source = sources[index]?.trim();
      const target = targets[index]?.trim();
      if (!source || !target) continue;
      const entry: TmEntry = { source, target, origin: `${this.fileName}#${this.ids[index]}` };
      const previous = this.previous[index] ?? (index > 0 ? sources[index - 1]?.trim() : undefined);
      const next = this.next[index] ?? (index + 1 < this.count ? sources[index + 1]?.trim() : undefined);
      if (previous) entry.previous = previous;
      if (next) entry.next = next;
      if (this.changed[index]) entry.changed = this.changed[index];
      yield entry;
    }
  }
}
