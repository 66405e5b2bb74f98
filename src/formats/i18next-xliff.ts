/**
 * An i18next release to XLIFF 2 for translators and back, with the `xliff` package's i18next
 * conversions (`createjs`, `js2xliff`, `xliff2js`, `targetOfjs`): an XLIFF file per namespace,
 * a unit per full key. What the package would change is refused, never written.
 */
import { createjs, js2xliff, targetOfjs, type XliffJs, type XliffUnit, xliff2js } from 'xliff';
import i18next from 'i18next';
import { InputError } from '../errors.js';
import type { Memory, Segment, Unit } from '../types.js';
import { isLanguageCode, ResourceLoss } from './i18next.js';
import { asNmtoken, UniqueIds } from './unique-ids.js';

/** A namespace that can name a resource file: no path separator, no leading dot, no control character. */
const SAFE_NAMESPACE = /^(?!\.)[^\\/:*?"<>|\p{Cc}]+$/u;

interface ExpectedUnit {
  key: string;
  source: string;
  target?: string;
  /** The resource file it came from. */
  file: string;
}

export interface ReleaseTranslation {
  srcLang: string;
  trgLang: string;
  /** Translated messages by namespace, keyed by full key; units without a translation are absent. */
  namespaces: Map<string, Map<string, string>>;
  /** Units the file holds, translated or not. */
  units: number;
}

/**
 * The XLIFF 2 of a release read by `i18nextToMemory` (with `refuseLosses`). A target the memory
 * holds is written as the target, except a fuzzy match (a leverage candidate left for review),
 * which goes into the unit's note so that it is not taken for a translation.
 */
export function releaseToXliff(memory: Memory): string {
  const trgLang = memory.trgLang ?? '';
  const js: XliffJs = { sourceLanguage: memory.srcLang, targetLanguage: trgLang, resources: {} };
  const expected = new Map<string, Map<string, ExpectedUnit>>();
  for (const file of memory.files) {
    const sources: Record<string, string> = {};
    const targets: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const units = new Map<string, ExpectedUnit>();
    const keys = (file.items as Unit[]).map((unit) => unit.id.slice(file.id.length + 1));
    const idOf = unitIds(keys);
    (file.items as Unit[]).forEach((unit, index) => {
      const id = idOf.get(keys[index])!;
      const segment = unit.segments[0];
      sources[id] = segment.source.join('');
      const translation = segment.target?.join('');
      if (translation !== undefined && isFuzzyMatch(segment)) notes[id] = `${segment.candidates![0].score}%: ${segment.candidates![0].source} → ${translation}`;
      else if (translation !== undefined) targets[id] = translation;
      units.set(id, { key: keys[index], source: sources[id], target: targets[id], file: unit.origin?.replace(/#[^#]*$/, '') ?? file.id });
    });
    const resource = createjs(memory.srcLang, trgLang, sources, targets, file.id, () => undefined, notes).resources![file.id];
    // A key that is no XLIFF id (`Welcome to the shop`) keeps its own name beside a valid id.
    for (const [id, unit] of units) if (unit.key !== id) resource[id].additionalAttributes = { name: unit.key };
    js.resources![file.id] = resource;
    expected.set(file.id, units);
  }
  const xml = js2xliff(js, { indent: '  ' }, () => undefined);
  refuseChanges(xml, expected);
  return xml;
}

/**
 * The translations of an XLIFF file made by `releaseToXliff`. A target holding inline markup (a
 * tool's `<ph/>`, `<pc>`) is refused: i18next resources are plain text.
 */
export function xliffToRelease(xml: string, file: string): ReleaseTranslation {
  const js = parseXliff(xml, file);
  if (!js.resources || !js.sourceLanguage || !js.targetLanguage) throw new InputError('not an XLIFF 2 file with srcLang and trgLang', { file });
  // Languages and namespaces name the folders and files written: nothing may lead out of the release.
  for (const name of [js.sourceLanguage, js.targetLanguage]) if (!isLanguageCode(name)) throw new ResourceLoss('unsafeName', name, file);
  const namespaces = new Map<string, Map<string, string>>();
  let units = 0;
  for (const [ns, resource] of Object.entries(js.resources)) {
    if (!SAFE_NAMESPACE.test(ns)) throw new ResourceLoss('unsafeName', ns, file);
    const group = Object.keys(resource).find((id) => resource[id]?.groupUnits !== undefined);
    if (group !== undefined) throw new ResourceLoss('group', `${ns}:${group}`, file);
    const messages = new Map<string, string>();
    // One namespace at a time: with a single one, `targetOfjs` leaves out the namespace level.
    const translated = Object.fromEntries(Object.entries(resource).filter(([, unit]) => unit !== undefined));
    for (const [id, target] of Object.entries(targetOfjs({ resources: { [ns]: translated } }))) {
      const key = resource[id].additionalAttributes?.name ?? id;
      if (typeof target !== 'string') throw new ResourceLoss('inlineMarkup', `${ns}:${key}`, file);
      // An empty target for a source with text is a unit left untranslated.
      if (target !== '' || resource[id].source === '') messages.set(key, target);
    }
    units += Object.keys(resource).length;
    namespaces.set(ns, messages);
  }
  return { srcLang: js.sourceLanguage, trgLang: js.targetLanguage, namespaces, units };
}

/**
 * A resource file's JSON with `messages` added under their full keys (i18next's `addResource`
 * splits them at its key separator), the keys it held kept.
 */
export function withTranslations(existing: object | undefined, lng: string, ns: string, messages: ReadonlyMap<string, string>): string {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [lng]: { [ns]: existing ?? {} } }, initAsync: false, lng, fallbackLng: false, ns: [ns] });
  for (const [key, message] of messages) instance.addResource(lng, ns, key, message, { silent: true });
  return `${JSON.stringify(instance.getResourceBundle(lng, ns), null, 2)}\n`;
}

/** Each key's XLIFF unit id: the key itself when it is an NMTOKEN, else one made from it that no other key takes. */
function unitIds(keys: readonly string[]): Map<string, string> {
  const valid = new Set(keys.filter((key) => key !== '' && asNmtoken(key) === key));
  const ids = new UniqueIds(valid);
  return new Map(keys.map((key) => [key, valid.has(key) ? key : ids.claim(asNmtoken(key) || 'key')]));
}

function isFuzzyMatch(segment: Segment): boolean {
  return segment.state === 'initial' && (segment.candidates?.length ?? 0) > 0;
}

function parseXliff(xml: string, file: string): XliffJs {
  let parsed: XliffJs | undefined;
  let failure: Error | null = null;
  try {
    xliff2js(xml, {}, (error, result) => {
      failure = error;
      parsed = result;
    });
  } catch {
    // The package reads a document without an <xliff> root or a <file> without attributes by failing on them.
    throw new InputError('not an XLIFF 2 document', { file });
  }
  if (failure || !parsed) throw new InputError(`not valid XML: ${(failure as Error | null)?.message.split('\n')[0] ?? 'empty'}`, { file });
  return parsed;
}

/** Reads the XLIFF back with the same package: a key, source or target it does not return unchanged is a loss. */
function refuseChanges(xml: string, expected: Map<string, Map<string, ExpectedUnit>>): void {
  const back = parseXliff(xml, '').resources ?? {};
  for (const [ns, units] of expected) {
    const read: Record<string, XliffUnit> = back[ns] ?? {};
    for (const [id, unit] of units) {
      const got = read[id];
      const key = got?.additionalAttributes?.name ?? id;
      if (!got || key !== unit.key || got.source !== unit.source || got.target !== unit.target) throw new ResourceLoss('xliffChanged', `${ns}:${unit.key}`, unit.file);
    }
  }
}
