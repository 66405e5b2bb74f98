/**
 * XLIFF 2 processing requirements on structure: languages, ids, segments, target order,
 * states, skeletons, fragment identifiers, sub-flows, attributes allowed on inline codes.
 */
import { closest, descendants, inherited, NS, xmlAttr, type XDocument, type XNode } from './xliff2-tree.js';

type Report = (node: XNode, rule: string, messageId: string, data?: Record<string, string | number>) => void;

/** BCP 47 as XLIFF uses it: a 2–8 letter primary subtag (or x-/i-), then subtags of 1–8 letters or digits. */
const LANGUAGE_TAG = /^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$/;
const INLINE_CODES = new Set(['ph', 'pc', 'sc', 'ec', 'cp']);
/** Module attributes inline codes may carry (Format Style, Size and Length Restriction). */
const MODULE_ATTRIBUTES_ON_CODES = new Set([`{${NS.fs}}fs`, `{${NS.fs}}subFs`, `{${NS.slr}}equivStorage`, `{${NS.slr}}sizeInfo`, `{${NS.slr}}sizeInfoRef`]);

export function checkLanguages(document: XDocument, report: Report): void {
  const { root, core } = document;
  const srcLang = root.attrs.get('srcLang');
  const trgLang = root.attrs.get('trgLang');
  for (const [name, value] of [['srcLang', srcLang], ['trgLang', trgLang]] as const) {
    if (value !== undefined && !LANGUAGE_TAG.test(value)) report(root, 'language-tag', 'languageTag', { attribute: name, value });
  }
  for (const node of document.nodes) {
    const lang = xmlAttr(node, 'lang');
    if (lang !== undefined && lang !== '' && !LANGUAGE_TAG.test(lang)) report(node, 'language-tag', 'languageTag', { attribute: 'xml:lang', value: lang });
    if (node.ns !== core || (node.local !== 'source' && node.local !== 'target') || !['segment', 'ignorable'].includes(node.parent?.local ?? '')) continue;
    const expected = node.local === 'source' ? srcLang : trgLang;
    if (node.local === 'target' && trgLang === undefined) {
      report(node, 'language', 'targetWithoutTrgLang');
      continue;
    }
    const actual = inherited(node, 'lang');
    if (actual !== undefined && expected !== undefined && actual.toLowerCase() !== expected.toLowerCase()) {
      report(node, 'language', xmlAttr(node, 'lang') === undefined ? 'inheritedLanguage' : 'wrongLanguage', { element: node.local, actual, attribute: node.local === 'source' ? 'srcLang' : 'trgLang', expected });
    }
    if (node.local === 'target') {
      const source = node.parent!.children.find((child) => child.ns === core && child.local === 'source');
      if (source && (inherited(source, 'space') ?? 'default') !== (inherited(node, 'space') ?? 'default')) report(node, 'xml-space', 'xmlSpace');
    }
  }
}

/** Ids unique in their scope: files; groups and units of a file; parts and codes of a unit; notes; data; extension siblings. */
export function checkIds(document: XDocument, report: Report): void {
  const { core } = document;
  const unique = (nodes: XNode[], scope: string, key: (node: XNode) => string | undefined = (node) => node.attrs.get('id')) => {
    const seen = new Set<string>();
    for (const node of nodes) {
      const id = key(node);
      if (id === undefined) continue;
      if (seen.has(id)) report(node, 'unique-id', `duplicateId.${scope}`, { id, element: node.parent?.element.name ?? '' });
      seen.add(id);
    }
  };
  const isCore = (node: XNode, ...locals: string[]) => node.ns === core && locals.includes(node.local);
  unique(document.root.children.filter((node) => isCore(node, 'file')), 'files');
  for (const node of document.nodes) {
    if (isCore(node, 'file')) unique(descendants(document, node).filter((child) => isCore(child, 'group', 'unit')), 'groupsAndUnits');
    if (isCore(node, 'unit')) {
      const inUnit = descendants(document, node).filter((child) => child.ns === core && child.unit === node);
      const parts = inUnit.filter((child) => (child.local === 'segment' || child.local === 'ignorable') && child.parent === node);
      const sourceCodes = inUnit.filter((child) => ['ph', 'pc', 'sc', 'mrk', 'sm'].includes(child.local) && child.side === 'source');
      unique([...parts, ...sourceCodes], 'partsAndCodes');
    }
    if (isCore(node, 'notes')) unique(node.children.filter((child) => isCore(child, 'note')), 'notes');
    if (isCore(node, 'originalData')) unique(node.children.filter((child) => isCore(child, 'data')), 'data');
    // Extension elements: siblings under one parent, by id or xml:id.
    if (node.ns !== core && node.children.length > 1 && !Object.values(NS).includes(node.ns as never)) {
      unique(node.children, 'siblings', (child) => child.attrs.get('id') ?? xmlAttr(child, 'id'));
    }
  }
}

export function checkStructure(document: XDocument, report: Report): void {
  const { core } = document;
  const fileUnitIds = new Map<XNode, Set<string>>();
  for (const node of document.nodes) {
    if (node.ns !== core) continue;
    if (node.local === 'unit') {
      const parts = node.children.filter((child) => child.ns === core && (child.local === 'segment' || child.local === 'ignorable'));
      if (!parts.some((part) => part.local === 'segment')) report(node, 'unit-segment', 'noSegment', { id: node.attrs.get('id') ?? '' });
      checkTargetOrder(parts, core, report);
    }
    if (node.local === 'segment' && node.attrs.has('subState') && !node.attrs.has('state')) report(node, 'sub-state', 'subStateWithoutState');
    if (node.local === 'skeleton') {
      const hasContent = node.children.length > 0 || node.element.children.some((child) => (child.type === 'text' || child.type === 'cdata') && child.text.trim() !== '');
      if (node.attrs.has('href') === hasContent) report(node, 'skeleton', 'skeleton');
    }
    if (INLINE_CODES.has(node.local)) {
      for (const name of node.attrs.keys()) {
        if (!name.startsWith('{') || name.startsWith(`{${NS.xml}}`) || MODULE_ATTRIBUTES_ON_CODES.has(name) || name.startsWith(`{${NS.fs}}`) || name.startsWith(`{${NS.slr}}`)) continue;
        report(node, 'extension-attribute', 'extensionAttribute', { element: node.local, attribute: name });
      }
    }
    for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
      const value = node.attrs.get(name);
      if (value === undefined) continue;
      const file = closest(node, core, 'file')!;
      if (!fileUnitIds.has(file)) fileUnitIds.set(file, new Set(descendants(document, file).filter((child) => child.ns === core && child.local === 'unit').map((child) => child.attrs.get('id') ?? '')));
      for (const id of value.split(/\s+/).filter(Boolean)) if (!fileUnitIds.get(file)!.has(id)) report(node, 'sub-flows', 'subFlows', { attribute: name, id });
    }
    if ((node.local === 'mrk' || node.local === 'sm') && node.attrs.get('ref')?.startsWith('#')) {
      const problem = fragmentProblem(node.attrs.get('ref')!);
      if (problem) report(node, 'fragment-id', `fragment.${problem.reason}`, { ref: node.attrs.get('ref')!, part: problem.part });
    }
  }
}

/** Each target's order (explicit, or its part's position) is between 1 and the number of parts, and used once. */
function checkTargetOrder(parts: XNode[], core: string, report: Report): void {
  const used = new Map<number, XNode>();
  parts.forEach((part, index) => {
    const target = part.children.find((child) => child.ns === core && child.local === 'target');
    const order = target?.attrs.get('order');
    const position = order === undefined ? index + 1 : /^[1-9]\d*$/.test(order) ? Number(order) : NaN;
    if (target && order !== undefined && !(position <= parts.length)) report(target, 'target-order', 'orderOutOfRange', { order, count: parts.length });
    else if (used.has(position)) report(target ?? part, 'target-order', 'orderTwice', { order: position });
    used.set(position, part);
  });
}

const XLIFF_PREFIXES = ['f', 'g', 'u', 'n', 'd', 't'];
/** Prefixes registered for the modules and for registered extensions (TBX). */
const MODULE_PREFIXES = ['ctr', 'gls', 'mda', 'mtc', 'res', 'slr', 'val', 'its', 'fs', 'pgs', 'tbx'];

/** What is wrong with an XLIFF fragment identifier (`#/f=f1/u=u1/n=n1`, `#m1`), if anything. */
export function fragmentProblem(ref: string): { reason: string; part: string } | undefined {
  const body = ref.slice(1).replace(/^\//, '');
  const parts = body.split('/');
  const rank = (prefix: string) => (prefix === 'f' ? 0 : prefix === 'g' ? 1 : prefix === 'u' ? 2 : 3);
  let last = -1;
  let sawLeaf = false;
  const prefixes = new Set<string>();
  for (const part of parts) {
    if (sawLeaf) return { reason: 'afterLeaf', part };
    const equals = part.indexOf('=');
    if (equals === -1) {
      if (!/^[\w.:-]+$/.test(part)) return { reason: 'notAnId', part };
      sawLeaf = true;
      continue;
    }
    const prefix = part.slice(0, equals);
    const id = part.slice(equals + 1);
    if (!/^[A-Za-z_][\w.-]*$/.test(prefix)) return { reason: 'prefixNotNmtoken', part: prefix };
    if (prefix.length === 1 && !XLIFF_PREFIXES.includes(prefix)) return { reason: 'reservedPrefix', part: prefix };
    if (prefix.length > 1 && !MODULE_PREFIXES.includes(prefix)) return { reason: 'unknownPrefix', part: prefix };
    if (!/^[\w.:-]+$/.test(id)) return { reason: 'notAnId', part: id };
    if (prefixes.has(prefix) && prefix !== 'g') return { reason: 'prefixTwice', part: prefix };
    prefixes.add(prefix);
    if (rank(prefix) < last) return { reason: 'outOfOrder', part: prefix };
    last = rank(prefix);
    if (rank(prefix) === 3) sawLeaf = true;
  }
  return undefined;
}
