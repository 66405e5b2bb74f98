import type { Unit } from '../model/types.js';

/**
 * Unit fields with no native element in a format travel as `tmkit:` metadata, so that a
 * round trip through any format keeps them.
 */
const FIELD_KEYS = {
  origin: 'tmkit:origin',
  created: 'tmkit:created',
  changed: 'tmkit:changed',
  previous: 'tmkit:context-previous',
  next: 'tmkit:context-next',
} as const;

type FieldName = keyof typeof FIELD_KEYS;

/** The unit's metadata plus the fields in `fields` that have values. */
export function metadataWithFields(unit: Unit, fields: readonly FieldName[]): Record<string, string> {
  const metadata = { ...unit.metadata };
  for (const field of fields) {
    const value = field === 'previous' || field === 'next' ? unit.context?.[field] : unit[field];
    if (value !== undefined) metadata[FIELD_KEYS[field]] = value;
  }
  return metadata;
}

/** Moves `tmkit:` field keys out of `metadata` into the unit's fields. */
export function takeFields(unit: Unit, fields: readonly FieldName[]): void {
  for (const field of fields) {
    const key = FIELD_KEYS[field];
    const value = unit.metadata[key];
    if (value === undefined) continue;
    delete unit.metadata[key];
    if (field === 'previous' || field === 'next') unit.context = { ...unit.context, [field]: value };
    else unit[field] = value;
  }
}

export const ALL_FIELDS: readonly FieldName[] = ['origin', 'created', 'changed', 'previous', 'next'];
