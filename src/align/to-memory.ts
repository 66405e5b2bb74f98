import type { Bead, Memory, Note, Sentence, Unit } from '../types.js';

export interface AlignmentDocument {
  sourceSentences: readonly Sentence[];
  targetSentences: readonly Sentence[];
  beads: readonly Bead[];
  sourceLang: string;
  targetLang: string;
  /** File names of the two texts, recorded as each unit's origin. */
  sourceDocument: string;
  targetDocument: string;
  /** Beads scoring below this are marked for review. */
  minScore: number;
}

/** One bead with its sentences' texts, as a unit of an aligned memory holds it. */
export interface BeadText {
  id: string;
  bead: Bead;
  sources: readonly string[];
  targets: readonly string[];
  /** Whether a person should look at it (a low score, say): the unit's state is then `initial`. */
  review: boolean;
  sourceDocument: string;
  targetDocument: string;
}

/**
 * One unit per bead. A Chinese sentence with no English keeps its source and gets no target; an
 * English sentence with no Chinese (a photo credit, "Published") keeps its text in a note, so
 * the memory loses nothing of either document.
 */
export function alignmentToMemory(document: AlignmentDocument): Memory {
  const units = document.beads.map(
    (bead, index): Unit =>
      beadUnit({
        id: `u${index + 1}`,
        bead,
        sources: bead.source.map((i) => document.sourceSentences[i].text),
        targets: bead.target.map((j) => document.targetSentences[j].text),
        review: bead.score < document.minScore,
        sourceDocument: document.sourceDocument,
        targetDocument: document.targetDocument,
      }),
  );
  return {
    format: 'xliff2',
    version: '2.1',
    srcLang: document.sourceLang,
    trgLang: document.targetLang,
    files: [{ id: 'f1', original: document.sourceDocument, items: units, notes: [], metadata: {} }],
  };
}

/** The unit of one bead; a bead missing a side is always marked for review. */
export function beadUnit({ id, bead, sources, targets, review, sourceDocument, targetDocument }: BeadText): Unit {
  const source = sources.join('');
  const target = joinEnglish(targets);
  const notes: Note[] = [];
  if (sources.length === 0) notes.push({ category: TARGET_ONLY_NOTE, text: target });
  const oneSided = sources.length === 0 || targets.length === 0;
  return {
    id,
    segments: [
      {
        id: 's1',
        source: source === '' ? [] : [source],
        ...(oneSided ? {} : { target: [target] }),
        state: review || oneSided ? 'initial' : 'translated',
      },
    ],
    notes,
    metadata: {
      'tmkit:bead': `${sources.length}-${targets.length}`,
      'tmkit:score': bead.score.toFixed(3),
      'tmkit:source-indices': bead.source.join(','),
      'tmkit:target-indices': bead.target.join(','),
    },
    origin: `${sourceDocument}#${bead.source.map((i) => i + 1).join(',')}|${targetDocument}#${bead.target.map((j) => j + 1).join(',')}`,
  };
}

/** The note category that holds the English of a bead with no Chinese. */
export const TARGET_ONLY_NOTE = 'tmkit:target-only';

function joinEnglish(sentences: readonly string[]): string {
  return sentences.join(' ');
}
