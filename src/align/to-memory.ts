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

/**
 * One unit per bead. A Chinese sentence with no English keeps its source and gets no target; an
 * English sentence with no Chinese (a photo credit, "Published") keeps its text in a note, so
 * the memory loses nothing of either document.
 */
export function alignmentToMemory(document: AlignmentDocument): Memory {
  const units = document.beads.map((bead, index): Unit => {
    const source = bead.source.map((i) => document.sourceSentences[i].text).join('');
    const target = joinEnglish(bead.target.map((j) => document.targetSentences[j].text));
    const notes: Note[] = [];
    if (bead.source.length === 0) notes.push({ category: 'tmkit:target-only', text: target });
    const review = bead.source.length === 0 || bead.target.length === 0 || bead.score < document.minScore;
    return {
      id: `u${index + 1}`,
      segments: [
        {
          id: 's1',
          source: source === '' ? [] : [source],
          ...(bead.target.length > 0 && bead.source.length > 0 ? { target: [target] } : {}),
          state: review ? 'initial' : 'translated',
        },
      ],
      notes,
      metadata: {
        'tmkit:bead': `${bead.source.length}-${bead.target.length}`,
        'tmkit:score': bead.score.toFixed(3),
        'tmkit:source-indices': bead.source.join(','),
        'tmkit:target-indices': bead.target.join(','),
      },
      origin: `${document.sourceDocument}#${bead.source.length > 0 ? bead.source.map((i) => i + 1).join(',') : ''}|${document.targetDocument}#${bead.target.map((j) => j + 1).join(',')}`,
    };
  });
  return {
    format: 'xliff2',
    version: '2.1',
    srcLang: document.sourceLang,
    trgLang: document.targetLang,
    files: [{ id: 'f1', original: document.sourceDocument, items: units, notes: [], metadata: {} }],
  };
}

function joinEnglish(sentences: readonly string[]): string {
  return sentences.join(' ');
}
