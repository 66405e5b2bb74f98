/**
 * An i18next release (resource JSON of a source and a target language) as a bilingual memory:
 * a unit per key (`ns:a.b.c`), plural forms matched by category (a Chinese `_other` pairs with
 * English `_one` and `_other`). Resources go through i18next's own store, so nesting and key
 * separators behave as in the application.
 */
import i18next from 'i18next';
import { InputError } from '../errors.js';
import { MAX_NESTING_DEPTH } from '../xml/legal-text.js';
import type { Location, Memory, Unit } from '../model/types.js';
import { positionAt } from '../text-position.js';

export interface ResourceFile {
  lng: string;
  ns: string;
  file: string;
  text: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function i18nextToMemory(files: readonly ResourceFile[], sourceLang: string, targetLang: string): Memory {
  const resources: Record<string, Record<string, object>> = {};
  const fileOf = new Map<string, ResourceFile>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new InputError(`not valid JSON: ${(error as Error).message}`, { file: file.file });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError('an i18next resource file must hold a JSON object', { file: file.file });
    if (nestingDepth(data) > MAX_NESTING_DEPTH) throw new InputError(`keys nest more than ${MAX_NESTING_DEPTH} deep`, { file: file.file });
    resources[file.lng] ??= {};
    resources[file.lng][file.ns] = data as object;
    fileOf.set(`${file.lng}\u0000${file.ns}`, file);
  }
  const instance = i18next.createInstance();
  void instance.init({ resources, initAsync: false, lng: sourceLang, fallbackLng: false, ns: Object.keys(resources[sourceLang] ?? {}) });
  const namespaces = [...new Set(files.filter((file) => file.lng === sourceLang).map((file) => file.ns))].sort();
  const memoryFiles = namespaces.map((ns) => {
    const source = flatten((instance.getResourceBundle(sourceLang, ns) as object | undefined) ?? {});
    const target = flatten((instance.getResourceBundle(targetLang, ns) as object | undefined) ?? {});
    const targetFile = fileOf.get(`${targetLang}\u0000${ns}`);
    const units: Unit[] = [];
    for (const [key, text] of source) {
      const plural = PLURAL_SUFFIX.exec(key);
      const base = plural ? key.slice(0, plural.index) : key;
      const targetKeys = plural ? [...target.keys()].filter((candidate) => candidate.startsWith(`${base}_`) && PLURAL_SUFFIX.test(candidate.slice(base.length))) : [key];
      // A source plural form pairs with each target form of the same category, or all of them from `_other`.
      const paired = plural ? targetKeys.filter((candidate) => candidate === key || (plural[1] === 'other' && !source.has(candidate))) : targetKeys;
      for (const targetKey of paired.length > 0 ? paired : [key]) {
        const translation = target.get(targetKey);
        const unit: Unit = {
          id: `${ns}:${targetKey}`,
          segments: [{ source: [text], ...(translation !== undefined ? { target: [translation] } : {}) }],
          notes: [],
          metadata: {},
          origin: `${fileOf.get(`${sourceLang}\u0000${ns}`)?.file ?? ns}#${key}`,
        };
        const location = targetFile && translation !== undefined ? locate(targetFile.text, targetKey) : undefined;
        if (location) {
          unit.location = location;
          unit.segments[0].targetLocation = { line: location.line, column: location.column + 1 };
        }
        units.push(unit);
      }
    }
    return { id: ns, original: targetFile?.file ?? ns, items: units, notes: [], metadata: {} };
  });
  return { format: 'i18next', srcLang: sourceLang, trgLang: targetLang, files: memoryFiles };
}

/** How deep objects and arrays nest, measured without recursion (i18next itself recurses). */
function nestingDepth(data: object): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[data, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_NESTING_DEPTH) break;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Nested keys joined with "."; only string leaves are messages. */
function flatten(data: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, into);
  }
  return into;
}

/** Where the value of a (nested) key starts in the JSON text: after each parent key in turn. */
function locate(text: string, key: string): Location | undefined {
  let offset = 0;
  for (const part of key.split('.')) {
    const found = text.indexOf(`${JSON.stringify(part)}`, offset);
    if (found === -1) return undefined;
    offset = found + JSON.stringify(part).length;
  }
  const colon = text.indexOf(':', offset);
  const value = text.indexOf('"', colon);
  if (colon === -1 || value === -1) return undefined;
  return positionAt(text, value);
}
