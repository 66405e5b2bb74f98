/**
 * The edits a reviewer makes to an aligned memory: pure functions from a memory to a new memory
 * (the input is never changed, so a session can keep every version for undo). Units are
 * addressed by their position in document order; a unit nobody edits is the very object read,
 * which the writer then reproduces byte for byte.
 */
import { beadUnit, TARGET_ONLY_NOTE } from '../align/to-memory.js';
import { segment } from '../segment/index.js';
import { isGroup, unitSourceText, unitTargetText } from '../model/memory.js';
import type { Inline, Memory, MemoryFile, SegmentLanguage, SegmentState, Unit, UnitGroup } from '../types.js';

export type Side = 'source' | 'target';

export type ReviewEdit =
  | { op: 'merge'; index: number }
  | { op: 'split'; index: number; source: number; target: number }
  | { op: 'move'; index: number; side: Side; to: 'previous' | 'next' }
  | { op: 'unpair'; index: number }
  | { op: 'target'; index: number; text: string }
  | { op: 'confirm'; index: number; state: Extract<SegmentState, 'reviewed' | 'final'> }
  | { op: 'replace'; index: number; found: string; expected: string };

/** An edit that cannot be made; `key` names its message in the `review:refused` namespace. */
export class EditRefused extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'EditRefused';
  }
}

/** One sentence of a bead, with its position in the aligned document when the memory records it. */
interface Sentence {
  text: string;
  index?: number;
}

interface Bead {
  sources: Sentence[];
  targets: Sentence[];
}

/** Where a unit is: its file and the chain of item positions down through groups. */
interface Place {
  file: number;
  path: number[];
  unit: Unit;
}

export function applyEdit(memory: Memory, edit: ReviewEdit): Memory {
  const places = unitPlaces(memory);
  const place = places[edit.index];
  if (!place) throw new EditRefused('noUnit', { index: edit.index });
  const languages = segmentLanguages(memory);
  const neighbour = (offset: number): Place => {
    const other = places[edit.index + offset];
    if (!other || other.file !== place.file || !sameContainer(other.path, place.path)) throw new EditRefused(offset < 0 ? 'noPrevious' : 'noNext');
    alignedOrRefuse(other.unit);
    return other;
  };
  switch (edit.op) {
    case 'merge': {
      const next = neighbour(1);
      const [first, second] = [beadOf(alignedOrRefuse(place.unit), languages), beadOf(next.unit, languages)];
      const merged = rebuild({ ...place.unit, notes: [...place.unit.notes, ...next.unit.notes], metadata: { ...next.unit.metadata, ...place.unit.metadata } }, { sources: [...first.sources, ...second.sources], targets: [...first.targets, ...second.targets] }, [place.unit, next.unit]);
      return replaceItems(memory, place, 2, [merged]);
    }
    case 'split': {
      const bead = beadOf(alignedOrRefuse(place.unit), languages);
      const within = (count: number, length: number) => Number.isInteger(count) && count >= 0 && count <= length;
      if (!within(edit.source, bead.sources.length) || !within(edit.target, bead.targets.length)) throw new EditRefused('badSplit');
      const head: Bead = { sources: bead.sources.slice(0, edit.source), targets: bead.targets.slice(0, edit.target) };
      const tail: Bead = { sources: bead.sources.slice(edit.source), targets: bead.targets.slice(edit.target) };
      if (isEmpty(head) || isEmpty(tail)) throw new EditRefused('badSplit');
      return replaceItems(memory, place, 1, [rebuild(place.unit, head, [place.unit]), rebuild(newUnit(memory, place), tail, [place.unit])]);
    }
    case 'move': {
      const other = neighbour(edit.to === 'previous' ? -1 : 1);
      const bead = beadOf(alignedOrRefuse(place.unit), languages);
      const receiving = beadOf(other.unit, languages);
      const key = edit.side === 'source' ? 'sources' : 'targets';
      if (bead[key].length === 0) throw new EditRefused('nothingToMove');
      const moved = edit.to === 'previous' ? bead[key][0] : bead[key][bead[key].length - 1];
      const rest = edit.to === 'previous' ? bead[key].slice(1) : bead[key].slice(0, -1);
      const received = edit.to === 'previous' ? [...receiving[key], moved] : [moved, ...receiving[key]];
      const changedOther = rebuild(other.unit, { ...receiving, [key]: received }, [other.unit, place.unit]);
      const remaining: Bead = { ...bead, [key]: rest };
      const changedThis = isEmpty(remaining) ? [] : [rebuild(place.unit, remaining, [place.unit])];
      return edit.to === 'previous' ? replaceItems(memory, other, 2, [changedOther, ...changedThis]) : replaceItems(memory, place, 2, [...changedThis, changedOther]);
    }
    case 'unpair': {
      const bead = beadOf(alignedOrRefuse(place.unit), languages);
      if (bead.sources.length === 0 || bead.targets.length === 0) throw new EditRefused('alreadyOneSided');
      return replaceItems(memory, place, 1, [rebuild(place.unit, { sources: bead.sources, targets: [] }, [place.unit]), rebuild(newUnit(memory, place), { sources: [], targets: bead.targets }, [place.unit])]);
    }
    case 'target': {
      if (place.unit.segments.filter((each) => !each.ignorable).length !== 1 || !plain(place.unit.segments.find((each) => !each.ignorable)?.target)) throw new EditRefused('notPlainTarget');
      const segments = place.unit.segments.map((each) => (each.ignorable ? each : { ...each, target: edit.text === '' ? [] : [edit.text] }));
      return replaceItems(memory, place, 1, [{ ...place.unit, segments }]);
    }
    case 'confirm': {
      const translated = place.unit.segments.filter((each) => !each.ignorable);
      if (translated.some((each) => each.target === undefined || unitTargetText({ ...place.unit, segments: [each] }).trim() === '')) throw new EditRefused('noTarget');
      const segments = place.unit.segments.map((each) => (each.ignorable ? each : withoutRawState({ ...each, state: edit.state })));
      return replaceItems(memory, place, 1, [{ ...place.unit, segments }]);
    }
    case 'replace': {
      let done = false;
      const segments = place.unit.segments.map((each) => {
        if (done || !each.target) return each;
        const target = each.target.map((part): Inline => {
          if (done || typeof part !== 'string' || !part.includes(edit.found)) return part;
          done = true;
          return part.replace(edit.found, () => edit.expected);
        });
        return done ? { ...each, target } : each;
      });
      if (!done || edit.found === '') throw new EditRefused('notFound', { found: edit.found });
      return replaceItems(memory, place, 1, [{ ...place.unit, segments }]);
    }
    default:
      throw new EditRefused('unknownEdit');
  }
}

/** Whether a value (a request body, say) is a well-formed edit. */
export function isReviewEdit(value: unknown): value is ReviewEdit {
  const edit = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || !Number.isInteger(edit.index)) return false;
  const isText = (key: string) => typeof edit[key] === 'string';
  switch (edit.op) {
    case 'merge':
    case 'unpair':
      return true;
    case 'split':
      return Number.isInteger(edit.source) && Number.isInteger(edit.target);
    case 'move':
      return (edit.side === 'source' || edit.side === 'target') && (edit.to === 'previous' || edit.to === 'next');
    case 'target':
      return isText('text');
    case 'confirm':
      return edit.state === 'reviewed' || edit.state === 'final';
    case 'replace':
      return isText('found') && isText('expected');
    default:
      return false;
  }
}

/** Every unit with where it is, in document order (the order `allUnits` gives). */
export function unitPlaces(memory: Memory): Place[] {
  const places: Place[] = [];
  memory.files.forEach((file, fileIndex) => {
    const walk = (items: Array<Unit | UnitGroup>, path: number[]): void =>
      items.forEach((item, position) => {
        if (isGroup(item)) walk(item.items, [...path, position]);
        else places.push({ file: fileIndex, path: [...path, position], unit: item });
      });
    walk(file.items, []);
  });
  return places;
}

/** What the review screen shows of a unit. */
export interface ReviewUnit {
  id: string;
  sources: string[];
  targets: string[];
  /** The target as written, when it is not its sentences joined by a space. */
  target?: string;
  hasTarget: boolean;
  /** Whether the alignment edits apply: one segment of plain text. */
  aligned: boolean;
  score?: number;
  bead?: string;
  state?: SegmentState;
}

/** Views of units already shown: an edit makes new objects of the units it changes only. */
const views = new WeakMap<Unit, ReviewUnit>();

export function reviewUnits(memory: Memory): ReviewUnit[] {
  const languages = segmentLanguages(memory);
  return unitPlaces(memory).map(({ unit }) => {
    const known = views.get(unit);
    if (known) return known;
    const view = reviewUnit(unit, languages);
    views.set(unit, view);
    return view;
  });
}

function reviewUnit(unit: Unit, languages: { source: SegmentLanguage; target: SegmentLanguage }): ReviewUnit {
  const aligned = isAligned(unit);
  const bead = aligned ? beadOf(unit, languages) : { sources: [{ text: unitSourceText(unit) }], targets: [{ text: unitTargetText(unit) }] };
  const score = Number.parseFloat(unit.metadata['tmkit:score'] ?? '');
  const segment = unit.segments.find((each) => !each.ignorable);
  const targets = bead.targets.map((each) => each.text);
  const target = unitTargetText(unit);
  return {
    id: unit.id,
    sources: bead.sources.map((each) => each.text),
    targets,
    ...(target !== targets.join(' ') ? { target } : {}),
    hasTarget: unit.segments.some((each) => each.target !== undefined),
    aligned,
    ...(Number.isFinite(score) ? { score } : {}),
    ...(unit.metadata['tmkit:bead'] ? { bead: unit.metadata['tmkit:bead'] } : {}),
    ...(segment?.state ? { state: segment.state } : {}),
  };
}

function segmentLanguages(memory: Memory): { source: SegmentLanguage; target: SegmentLanguage } {
  const of = (code: string | undefined): SegmentLanguage => (code?.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  return { source: of(memory.srcLang), target: of(memory.trgLang) };
}

function plain(content: readonly Inline[] | undefined): boolean {
  return (content ?? []).every((part) => typeof part === 'string');
}

function isAligned(unit: Unit): boolean {
  return unit.segments.length === 1 && plain(unit.segments[0].source) && plain(unit.segments[0].target);
}

function alignedOrRefuse(unit: Unit): Unit {
  if (!isAligned(unit)) throw new EditRefused('notAligned', { unit: unit.id });
  return unit;
}

function isEmpty(bead: Bead): boolean {
  return bead.sources.length === 0 && bead.targets.length === 0;
}

/** The sentences of a unit, each side segmented again; the English of a bead with no Chinese is in its note. */
function beadOf(unit: Unit, languages: { source: SegmentLanguage; target: SegmentLanguage }): Bead {
  const [only] = unit.segments;
  const targetText = only.target !== undefined ? unitTargetText(unit) : (unit.notes.find((note) => note.category === TARGET_ONLY_NOTE)?.text ?? '');
  const withIndices = (texts: string[], recorded: string | undefined): Sentence[] => {
    const indices = recorded === undefined || recorded === '' ? [] : recorded.split(',').map(Number);
    const known = indices.length === texts.length && indices.every(Number.isInteger);
    return texts.map((text, position) => (known ? { text, index: indices[position] } : { text }));
  };
  return {
    sources: withIndices(sentencesOf(unitSourceText(unit), languages.source), unit.metadata['tmkit:source-indices']),
    targets: withIndices(sentencesOf(targetText, languages.target), unit.metadata['tmkit:target-indices']),
  };
}

function sentencesOf(text: string, lang: SegmentLanguage): string[] {
  return segment(text, { lang }).map((sentence) => sentence.text);
}

const ORIGIN = /^(.*)#[\d,]*\|(.*)#[\d,]*$/;

/**
 * `base` holding the sentences of `bead`, built as the aligner builds a unit, waiting for review.
 * The bead's score is the lowest of the units it came from; what the aligner's unit would not
 * hold (other notes and metadata, the format's own data) is kept from `base`.
 */
function rebuild(base: Unit, bead: Bead, from: readonly Unit[]): Unit {
  const documents = ORIGIN.exec(base.origin ?? '');
  const scores = from.map((unit) => Number.parseFloat(unit.metadata['tmkit:score'] ?? '')).filter(Number.isFinite);
  const indicesKnown = (sentences: Sentence[]) => sentences.every((sentence) => sentence.index !== undefined);
  const built = beadUnit({
    id: base.id,
    bead: { source: bead.sources.map((each) => each.index ?? 0), target: bead.targets.map((each) => each.index ?? 0), score: scores.length > 0 ? Math.min(...scores) : 0 },
    sources: bead.sources.map((each) => each.text),
    targets: bead.targets.map((each) => each.text),
    review: true,
    sourceDocument: documents?.[1] ?? '',
    targetDocument: documents?.[2] ?? '',
  });
  const metadata = { ...base.metadata, ...built.metadata };
  if (scores.length === 0) delete metadata['tmkit:score'];
  if (!indicesKnown(bead.sources)) delete metadata['tmkit:source-indices'];
  if (!indicesKnown(bead.targets)) delete metadata['tmkit:target-indices'];
  const segment = withoutRawState({ ...base.segments[0], ...built.segments[0] });
  if (built.segments[0].target === undefined) delete segment.target;
  const unit: Unit = { ...base, segments: [segment], notes: [...built.notes, ...base.notes.filter((note) => note.category !== TARGET_ONLY_NOTE)], metadata };
  if (documents && indicesKnown(bead.sources) && indicesKnown(bead.targets)) unit.origin = built.origin;
  return unit;
}

function withoutRawState<T extends { stateRaw?: string; subState?: string }>(segment: T): T {
  const copy = { ...segment };
  delete copy.stateRaw;
  delete copy.subState;
  return copy;
}

/** An empty unit beside `place`, with an id no unit of its file has. */
function newUnit(memory: Memory, place: Place): Unit {
  const taken = new Set(unitPlaces(memory).filter((each) => each.file === place.file).map((each) => each.unit.id));
  let number = 2;
  while (taken.has(`${place.unit.id}-${number}`)) number++;
  return { id: `${place.unit.id}-${number}`, segments: [{ source: [] }], notes: [], metadata: {}, ...(place.unit.origin ? { origin: place.unit.origin } : {}) };
}

function sameContainer(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.slice(0, -1).every((position, level) => position === b[level]);
}

/** The memory with `count` items from `place` on replaced by `units`; everything else is shared, not copied. */
function replaceItems(memory: Memory, place: Place, count: number, units: Unit[]): Memory {
  const replaceIn = (items: Array<Unit | UnitGroup>, path: readonly number[]): Array<Unit | UnitGroup> => {
    const [position, ...rest] = path;
    if (rest.length === 0) return items.toSpliced(position, count, ...units);
    const group = items[position] as UnitGroup;
    return items.toSpliced(position, 1, { ...group, items: replaceIn(group.items, rest) });
  };
  const files = memory.files.map((file, index): MemoryFile => (index === place.file ? { ...file, items: replaceIn(file.items, place.path) } : file));
  return { ...memory, files };
}
