/**
 * Translation candidates (`Segment.candidates`, what leverage found in a memory) as XLIFF writes
 * them: the XLIFF 2 Translation Candidates module (`mtc:matches`) and XLIFF 1.2 `alt-trans` with the
 * target's `state-qualifier`. Each element is written on one line, as the writers write kept
 * elements, so that a file read back (the readers keep these elements as module data) is written
 * byte for byte the same.
 */
import type { TranslationCandidate, Unit } from '../model/types.js';
import { escapeText } from '../xml/xml.js';
import { attributes } from './xml-model.js';

export const MTC_20 = 'urn:oasis:names:tc:xliff:matches:2.0';

function sourceAndTarget(candidate: TranslationCandidate): string {
  return `<source>${escapeText(candidate.source)}</source><target>${escapeText(candidate.target)}</target>`;
}

/** Segment ids to write: a segment with candidates and no id gets an unused one, since `mtc:match` must point at it. */
export function segmentIdsForMatches(unit: Unit): Array<string | undefined> {
  const taken = new Set(unit.segments.map((segment) => segment.id));
  let next = 1;
  return unit.segments.map((segment) => {
    if (segment.id !== undefined || !segment.candidates?.length) return segment.id;
    while (taken.has(`s${next}`)) next++;
    taken.add(`s${next}`);
    return `s${next}`;
  });
}

/** The content of a unit's `<mtc:matches>`, or undefined when no segment has candidates. */
export function xliff2Matches(unit: Unit, segmentIds: ReadonlyArray<string | undefined>): string | undefined {
  const matches = unit.segments.flatMap((segment, index) =>
    (segment.candidates ?? []).map(
      (candidate) => `<mtc:match${attributes([['ref', `#${segmentIds[index]}`], ['type', 'tm'], ['matchQuality', String(candidate.score)], ['origin', candidate.origin]])}>${sourceAndTarget(candidate)}</mtc:match>`,
    ),
  );
  return matches.length > 0 ? matches.join('') : undefined;
}

/** The `alt-trans` elements of a 1.2 trans-unit: attributes and content. */
export function xliff12AltTrans(unit: Unit): Array<{ attrs: Array<[string, string | undefined]>; content: string }> {
  return unit.segments.flatMap((segment) => (segment.candidates ?? []).map((candidate) => ({ attrs: [['match-quality', String(candidate.score)], ['origin', candidate.origin]] as Array<[string, string | undefined]>, content: sourceAndTarget(candidate) })));
}

/** The 1.2 target's `state-qualifier` when its translation came from a memory: `exact-match` or `fuzzy-match`. */
export function xliff12StateQualifier(unit: Unit): string | undefined {
  const best = unit.segments.find((segment) => segment.candidates?.length)?.candidates?.[0];
  if (best === undefined) return undefined;
  return best.score >= 100 ? 'exact-match' : 'fuzzy-match';
}
