/**
 * An i18next release (resource JSON of a source and a target language) as a bilingual memory:
 * a unit per key (`ns:a.b.c`), and for each plural key the forms the target language needs
 * (Chinese `_other`; English `_one`, `_other`). i18next itself supplies the key separator, the
 * plural separator and the plural forms of each language, so keys behave as in the application.
 */
import i18next, { type i18n } from 'i18next';
import { InputError } from '../errors.js';
import { MAX_NESTING_DEPTH } from '../xml/legal-text.js';
import { type Location, type Memory, MISSING_PLURAL_FORM, type Unit } from '../model/types.js';
import { positionAt } from '../text-position.js';

export interface ResourceFile {
  lng: string;
  ns: string;
  file: string;
  text: string;
}

/** A release resource that a flat XLIFF unit cannot carry back unchanged. */
export type ResourceLossKind = 'array' | 'notText' | 'separatorInKey';

const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
/** The CLDR plural categories, in the order i18next writes them. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Raised when a release holds something a step of the bridge would lose; `kind` names it for a translated message. */
export class ResourceLoss extends InputError {
  constructor(
    readonly kind: ResourceLossKind | 'xliffChanged' | 'inlineMarkup' | 'group' | 'unsafeName' | 'sameNamespace',
    readonly key: string,
    file: string,
  ) {
    super(`${kind}: ${JSON.stringify(key)}`, { file });
  }
}

export function isLanguageCode(name: string): boolean {
  return LANGUAGE_CODE.test(name);
}

/**
 * A resource file's language and namespace from its path, in the layouts i18next's backends
 * load: `<lng>/<ns>.json`, or `<lng>.json` holding the `translation` namespace.
 */
export function resourceFileOf(file: string): { lng: string; ns: string } | undefined {
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1].replace(/\.json$/i, '');
  const folder = parts[parts.length - 2];
  if (folder && isLanguageCode(folder)) return { lng: folder, ns: base };
  return isLanguageCode(base) ? { lng: base, ns: 'translation' } : undefined;
}

/** Parses a resource file: a JSON object, nested at most `MAX_NESTING_DEPTH` deep. */
export function parseResource(text: string, file: string): object {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, { file });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError('an i18next resource file must hold a JSON object', { file });
  if (nestingDepth(data) > MAX_NESTING_DEPTH) throw new InputError(`keys nest more than ${MAX_NESTING_DEPTH} deep`, { file });
  return data;
}

export interface ReleaseOptions {
  /**
   * Refuse arrays, values that are not text and keys holding the key separator, which a unit per
   * key cannot bring back; otherwise they are left out, as i18next's `t` never returns them as a message.
   */
  refuseLosses?: boolean;
}

export function i18nextToMemory(files: readonly ResourceFile[], sourceLang: string, targetLang: string, options: ReleaseOptions = {}): Memory {
  const resources: Record<string, Record<string, object>> = {};
  const fileOf = new Map<string, ResourceFile>();
  for (const file of files) {
    resources[file.lng] ??= {};
    // Two files of one language and namespace (`a/en/common.json`, `b/en/common.json`): i18next would keep only one.
    if (fileOf.has(`${file.lng}\u0000${file.ns}`)) throw new ResourceLoss('sameNamespace', `${file.lng}/${file.ns}`, file.file);
    resources[file.lng][file.ns] = parseResource(file.text, file.file);
    fileOf.set(`${file.lng}\u0000${file.ns}`, file);
  }
  const instance = releaseInstance(resources, sourceLang);
  const separator = keySeparatorOf(instance);
  const plurals = pluralForms(instance, targetLang);
  const namespaces = [...new Set(files.filter((file) => file.lng === sourceLang).map((file) => file.ns))].sort();
  const memoryFiles = namespaces.map((ns) => {
    const sourceFile = fileOf.get(`${sourceLang}\u0000${ns}`)!;
    const targetFile = fileOf.get(`${targetLang}\u0000${ns}`);
    const messagesOf = (lng: string, file: ResourceFile | undefined) =>
      flatten((instance.getResourceBundle(lng, ns) as object | undefined) ?? {}, separator, options.refuseLosses ? (kind, key) => { throw new ResourceLoss(kind, key, file!.file); } : undefined);
    const source = messagesOf(sourceLang, sourceFile);
    const target = messagesOf(targetLang, targetFile);
    const units: Unit[] = [];
    const unit = (targetKey: string, sourceKey: string): Unit => {
      const translation = target.get(targetKey);
      return {
        id: `${ns}:${targetKey}`,
        segments: [{ source: [source.get(sourceKey)!], ...(translation !== undefined ? { target: [translation] } : {}) }],
        notes: [],
        metadata: {},
        origin: `${sourceFile.file}#${sourceKey}`,
      };
    };
    const pluralsDone = new Set<string>();
    for (const key of source.keys()) {
      const plural = pluralOf(key, source, instance);
      if (!plural) {
        units.push(locateIn(unit(key, key), targetFile, target.has(key) ? key : undefined, separator));
        continue;
      }
      const group = `${plural.base}\u0000${plural.ordinal}`;
      if (pluralsDone.has(group)) continue;
      pluralsDone.add(group);
      const formOf = (category: string) => `${plural.base}${plural.ordinal ? plural.ordinalPrefix : instance.options.pluralSeparator}${category}`;
      const needed = new Set(plural.ordinal ? plurals.ordinal : plurals.cardinal);
      // i18next looks up `_zero` for a count of 0 in every language, when the release has it.
      if (!plural.ordinal && (source.has(formOf('zero')) || target.has(formOf('zero')))) needed.add('zero');
      const categories = PLURAL_CATEGORIES.filter((category) => needed.has(category) || target.has(formOf(category)));
      const present = categories.map(formOf).find((form) => target.has(form));
      for (const category of categories) {
        const form = formOf(category);
        const made = locateIn(unit(form, source.has(form) ? form : formOf('other')), targetFile, target.has(form) ? form : present, separator);
        if (present !== undefined && !target.has(form)) made.metadata[MISSING_PLURAL_FORM] = category;
        units.push(made);
      }
    }
    return { id: ns, original: targetFile?.file ?? ns, items: units, notes: [], metadata: {} };
  });
  return { format: 'i18next', srcLang: sourceLang, trgLang: targetLang, files: memoryFiles };
}

/** An i18next instance holding a release, synchronously initialised, whose options and plural rules the release follows. */
function releaseInstance(resources: Record<string, Record<string, object>>, lng: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({ resources, initAsync: false, lng, fallbackLng: false, ns: Object.keys(resources[lng] ?? {}) });
  return instance;
}

function keySeparatorOf(instance: i18n): string {
  return instance.options.keySeparator || '.';
}

/** The plural categories i18next asks for in `lng`, cardinal (`count`) and ordinal (`ordinal: true`). */
function pluralForms(instance: i18n, lng: string): { cardinal: string[]; ordinal: string[] } {
  const resolver = instance.services.pluralResolver as { getSuffixes(code: string, options?: { ordinal?: boolean }): string[] };
  const categoryOf = (suffix: string) => PLURAL_CATEGORIES.find((category) => suffix.endsWith(category))!;
  return { cardinal: resolver.getSuffixes(lng).map(categoryOf), ordinal: resolver.getSuffixes(lng, { ordinal: true }).map(categoryOf) };
}

/**
 * A plural form of the source: `base` + separator + category (or `ordinal` + separator +
 * category), whose `other` form the release has, as i18next falls back to it.
 */
function pluralOf(key: string, messages: Map<string, string>, instance: i18n): { base: string; ordinal: boolean; ordinalPrefix: string } | undefined {
  const separator = instance.options.pluralSeparator ?? '_';
  const ordinalPrefix = `${separator}ordinal${separator}`;
  for (const category of PLURAL_CATEGORIES) {
    for (const prefix of [ordinalPrefix, separator]) {
      if (!key.endsWith(`${prefix}${category}`)) continue;
      const base = key.slice(0, key.length - prefix.length - category.length);
      if (base !== '' && messages.has(`${base}${prefix}other`)) return { base, ordinal: prefix === ordinalPrefix, ordinalPrefix };
    }
  }
  return undefined;
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

/**
 * The messages of a resource by full key (nested keys joined with i18next's key separator), as
 * `t` finds them. `onLoss` hears of what a flat key cannot bring back: arrays, numbers and other
 * values that are not text, and keys that hold the separator themselves.
 */
function flatten(data: object, separator: string, onLoss?: (kind: ResourceLossKind, key: string) => void, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}${separator}${key}` : key;
    if (key.includes(separator)) onLoss?.('separatorInKey', path);
    if (typeof value === 'string') into.set(path, value);
    else if (Array.isArray(value)) onLoss?.('array', path);
    else if (value && typeof value === 'object') flatten(value, separator, onLoss, path, into);
    else onLoss?.('notText', path);
  }
  return into;
}

/** The unit with the line and column of `key`'s value in the target file, when it is there. */
function locateIn(unit: Unit, targetFile: ResourceFile | undefined, key: string | undefined, separator: string): Unit {
  const location = targetFile && key !== undefined ? locate(targetFile.text, key, separator) : undefined;
  if (location) {
    unit.location = location;
    if (unit.segments[0].target) unit.segments[0].targetLocation = { line: location.line, column: location.column + 1 };
  }
  return unit;
}

/** Where the value of a (nested) key starts in the JSON text: after each parent key in turn. */
function locate(text: string, key: string, separator: string): Location | undefined {
  let offset = 0;
  for (const part of key.split(separator)) {
    const found = text.indexOf(`${JSON.stringify(part)}`, offset);
    if (found === -1) return undefined;
    offset = found + JSON.stringify(part).length;
  }
  const colon = text.indexOf(':', offset);
  const value = text.indexOf('"', colon);
  if (colon === -1 || value === -1) return undefined;
  return positionAt(text, value);
}
