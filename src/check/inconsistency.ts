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

/** White space other than single inner spaces. */
const LOOSE_SPACE = /\s{2}|[^\S ]|^\s|\s$/;

function normalize(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Units whose `key` side is the same but whose `value` side differs from the majority:
 * each minority unit with the differing span (common beginning and end left out).
 */
export function inconsistencies(units: readonly CheckedUnit[], key: 'source' | 'target', value: 'source' | 'target'): Inconsistency[] {
  const groups = new Map<string, Array<{ unit: CheckedUnit; text: string }>>();
  for (const unit of units) {
    if (!unit.hasTarget) continue;
    const keyText = normalize(unit[key]);
    const valueText = normalize(unit[value]);
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
