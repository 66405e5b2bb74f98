import { pushTo } from '../collections.js';
import type { CheckedUnit } from './rule.js';

export interface Inconsistency {
  unit: CheckedUnit;
  /** The differing part of this unit's text, and of the majority's. */
  found: string;
  expected: string;
  offset: number;
}

const PLURAL_FORM = /_(?:zero|one|two|few|many|other)$/;

/** Runs of white space, or white space other than a space; a space at either end is checked apart. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

function normalize(text: string): string {
  const tidy = text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !LOOSE_SPACE.test(text);
  return tidy ? text : text.replace(/\s+/g, ' ').trim();
}

/** Both inconsistency rules compare the same units: each unit's texts are normalized once. */
const normalizedTexts = new WeakMap<CheckedUnit, { source: string; target: string }>();

function normalized(unit: CheckedUnit): { source: string; target: string } {
  let texts = normalizedTexts.get(unit);
  if (!texts) normalizedTexts.set(unit, (texts = { source: normalize(unit.source), target: normalize(unit.target) }));
  return texts;
}

/**
 * Units whose `key` side is the same but whose `value` side differs from the majority:
 * each minority unit with the differing span (common beginning and end left out).
 */
export function inconsistencies(units: readonly CheckedUnit[], key: 'source' | 'target', value: 'source' | 'target'): Inconsistency[] {
  const groups = new Map<string, Array<{ unit: CheckedUnit; text: string }>>();
  for (const unit of units) {
    if (!unit.hasTarget) continue;
    const texts = normalized(unit);
    const keyText = texts[key];
    const valueText = texts[value];
    if (keyText === '' || valueText === '') continue;
    // Plural forms of one message ("1 item" / "{{count}} items") share a source by design.
    if (PLURAL_FORM.test(unit.unit.id)) continue;
    // One-word texts ("Published", "OK") legitimately map to several translations.
    if (key === 'target' && !keyText.includes(' ')) continue;
    pushTo(groups, keyText, { unit, text: valueText });
  }
  const found: Inconsistency[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const counts = new Map<string, number>();
    for (const { text } of group) counts.set(text, (counts.get(text) ?? 0) + 1);
    if (counts.size < 2) continue;
    const majority = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    for (const { unit, text } of group) {
      if (text === majority) continue;
      let prefix = 0;
      while (prefix < text.length && prefix < majority.length && text[prefix] === majority[prefix]) prefix++;
      let suffix = 0;
      while (suffix < text.length - prefix && suffix < majority.length - prefix && text[text.length - 1 - suffix] === majority[majority.length - 1 - suffix]) suffix++;
      found.push({ unit, found: text.slice(prefix, text.length - suffix), expected: majority.slice(prefix, majority.length - suffix), offset: prefix });
    }
  }
  return found;
}
