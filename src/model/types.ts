/**
 * The data model shared by every capability. Core modules exchange these plain objects;
 * only the CLI reads and writes files.
 */

/** Language codes tmkit segments and aligns natively. */
export type SegmentLanguage = 'en' | 'zh';

/** A sentence found by the segmenter; `text === input.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** One alignment bead: sentence indices on each side (0-based, ascending); `[]` for 1-0 / 0-1. */
export interface Bead {
  source: number[];
  target: number[];
  /** Confidence in [0, 1]: low scores are where a reviewer should look. */
  score: number;
}

/**
 * An inline code inside segment text, kept verbatim so that a round trip loses nothing.
 * `kind` is the element name of the file format: XLIFF 2 `ph pc sc ec mrk sm em`,
 * XLIFF 1.2 `g x bx ex ph bpt ept it mrk sub`, TMX `bpt ept it ph hi ut sub`.
 */
export interface InlineCode {
  kind: string;
  id?: string;
  /** Every attribute of the element in document order, including `id`, names as written. */
  attrs: Array<[name: string, value: string]>;
  /** Children of paired or content-carrying codes (`pc`, `g`, `mrk`, `bpt` native code, `sub`). */
  content?: Inline[];
}

export type Inline = string | InlineCode;

/** XLIFF 2 segment states; other formats map onto them (and keep their own value in `stateRaw`). */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface Note {
  text: string;
  id?: string;
  category?: string;
  priority?: number;
  appliesTo?: 'source' | 'target';
  /** Attributes not modelled above, verbatim. */
  attrs?: Array<[string, string]>;
}

/** Where a unit or segment starts in the file it was read from (1-based). */
export interface Location {
  line: number;
  column: number;
}

export interface Segment {
  id?: string;
  source: Inline[];
  /** `undefined` = no target element; `[]` = an empty target. */
  target?: Inline[];
  state?: SegmentState;
  /** The format's own state value when it has no exact XLIFF 2 equivalent (e.g. 1.2 `needs-review-translation`). */
  stateRaw?: string;
  subState?: string;
  /** XLIFF 2 `<ignorable>`: text between segments (usually white space) that is not translated. */
  ignorable?: boolean;
  location?: Location;
  /** Where the target's content starts in the file read. */
  targetLocation?: Location;
  /**
   * Translations a memory offered for this segment, best first (written as XLIFF 2 `mtc:matches`,
   * XLIFF 1.2 `alt-trans`; a reader keeps such elements as it keeps other module data).
   */
  candidates?: TranslationCandidate[];
  /** Format-specific data a reader keeps for its writer (attributes and elements the model does not cover). */
  extensions?: unknown;
}

/** A match from a translation memory: text only, with its score (0–100) and where it came from. */
export interface TranslationCandidate {
  score: number;
  source: string;
  target: string;
  origin?: string;
}

/** Unit metadata of an i18next release: the plural category of a form the target lacks while it has others of the key. */
export const MISSING_PLURAL_FORM = 'i18next:missing-plural-form';

export interface Unit {
  id: string;
  name?: string;
  segments: Segment[];
  notes: Note[];
  /** Free key/value metadata (XLIFF 2 `mda`, TMX `prop`, 1.2 attributes): e.g. `tmkit:score`. */
  metadata: Record<string, string>;
  /** `FILE#UNIT` of the document the text came from. */
  origin?: string;
  /** ISO 8601 timestamps. */
  created?: string;
  changed?: string;
  /** Neighbouring source text, for in-context (101) matches. */
  context?: { previous?: string; next?: string };
  location?: Location;
  /** Format-specific data a reader keeps for its writer. */
  extensions?: unknown;
}

/** A group of units (XLIFF `group`); groups nest. */
export interface UnitGroup {
  id?: string;
  name?: string;
  items: Array<Unit | UnitGroup>;
  notes: Note[];
  metadata: Record<string, string>;
  /** Format-specific data a reader keeps for its writer. */
  extensions?: unknown;
}

export interface MemoryFile {
  id: string;
  original?: string;
  items: Array<Unit | UnitGroup>;
  notes: Note[];
  metadata: Record<string, string>;
  /** Format-specific data a reader keeps for its writer. */
  extensions?: unknown;
}

/** A translation memory or bilingual document: the common shape of XLIFF, TMX and i18next pairs. */
export interface Memory {
  /** The format it was read from, e.g. `xliff2`, `xliff12`, `tmx`. */
  format?: string;
  version?: string;
  srcLang: string;
  trgLang?: string;
  files: MemoryFile[];
  /** Notes and metadata on the whole document (XLIFF 2.2 `<xliff>`), when it has any. */
  notes?: Note[];
  metadata?: Record<string, string>;
  /**
   * Format-specific data a reader keeps so its writer can reproduce the file (unknown
   * extensions, namespaces, headers). Opaque to everything but the format module.
   */
  extensions?: unknown;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem reported by the checker. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  unit: string;
  line?: number;
  column?: number;
  message: string;
  /** The source text (or source term) the finding is about. */
  source?: string;
  expected?: string;
  /** The offending surface form only, not the whole sentence. */
  found?: string;
}

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden';
export type TermKind = 'name' | 'title' | 'org' | 'term';

export interface Term {
  text: string;
  lang: string;
  status: TermStatus;
  /** An admitted short form for later mentions (Xi Jinping → Xi). */
  short?: boolean;
  note?: string;
}

export interface Concept {
  id: string;
  kind: TermKind;
  terms: Term[];
  note?: string;
}

export interface Termbase {
  srcLang: string;
  trgLang: string;
  concepts: Concept[];
}
