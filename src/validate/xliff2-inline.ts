/**
 * XLIFF 2 processing requirements on inline content: spanning codes (sc/ec) and markers (sm/em)
 * paired within their unit, the attributes a pair must share, original data references, copyOf,
 * canReorder sequences, non-removable codes, comment annotations.
 */
import { descendants, type XDocument, type XNode } from './xliff2-tree.js';

type Report = (node: XNode, rule: string, messageId: string, data?: Record<string, string | number>) => void;

const CODES = new Set(['ph', 'pc', 'sc', 'ec']);
const SHARED_BY_PAIR = ['canCopy', 'canDelete', 'canOverlap', 'type', 'subType', 'dir', 'copyOf'];
const SUBTYPE_TYPES: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };

export function checkUnitInline(document: XDocument, unit: XNode, report: Report): void {
  const inUnit = descendants(document, unit).filter((node) => node.ns === document.core);
  const sides = { source: [] as XNode[], target: [] as XNode[] };
  for (const node of inUnit) {
    if (!['ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em', 'cp'].includes(node.local)) continue;
    if (node.side && node.unit === unit) sides[node.side].push(node);
  }
  const dataIds = new Set(inUnit.filter((node) => node.local === 'data' && node.parent?.local === 'originalData').map((node) => node.attrs.get('id')));
  for (const side of ['source', 'target'] as const) {
    pairSpanning(sides[side], 'sc', 'ec', 'sc-ec', report);
    pairSpanning(sides[side], 'sm', 'em', 'sm-em', report);
    for (const node of sides[side]) {
      for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
        const ref = node.attrs.get(name);
        if (ref !== undefined && !dataIds.has(ref)) report(node, 'data-ref', 'unknownData', { attribute: name, ref });
      }
      const type = node.attrs.get('type');
      const subType = node.attrs.get('subType');
      if (subType !== undefined && CODES.has(node.local)) {
        if (type === undefined) report(node, 'sub-type', 'subTypeWithoutType', { subType });
        else if (SUBTYPE_TYPES[subType] !== undefined && SUBTYPE_TYPES[subType] !== type) report(node, 'sub-type', 'subTypeOfType', { subType, expected: SUBTYPE_TYPES[subType], type });
      }
      if (node.local === 'cp') checkCp(node, report);
      if (node.local === 'mrk' || node.local === 'sm') checkComment(document, unit, node, report);
    }
    checkCopyOf(sides[side], sides.source, report);
    checkReorder(sides[side], report);
  }
  checkReorderKept(sides.source, sides.target, report);
  checkNonRemovable(document, unit, sides.source, report);
}

/** sc/ec (or sm/em) in one side of a unit, across its segments, in document order. */
function pairSpanning(nodes: XNode[], start: string, end: string, rule: string, report: Report): void {
  const open = new Map<string, XNode>();
  const seen = new Set<string>();
  const starts = new Map<string, XNode>();
  for (const node of nodes) if (node.local === start && node.attrs.has('id')) starts.set(node.attrs.get('id')!, node);
  const laterEnds = new Set(nodes.filter((node) => node.local === end).map((node) => node.attrs.get('startRef')));
  for (const node of nodes) {
    const isolated = node.attrs.get('isolated') === 'yes';
    if (node.local === start) {
      const id = node.attrs.get('id') ?? '';
      seen.add(id);
      if (start === 'sc' && isolated) {
        if (laterEnds.has(id)) report(node, rule, 'isolatedWithPartner', { element: start, partner: end, id });
      } else open.set(id, node);
    } else if (node.local === end) {
      const startRef = node.attrs.get('startRef');
      if (end === 'ec' && isolated) {
        if (startRef !== undefined || !node.attrs.has('id')) report(node, rule, 'isolatedEcId');
        else if (starts.has(node.attrs.get('id')!)) report(node, rule, 'isolatedWithPartner', { element: end, partner: start, id: node.attrs.get('id')! });
        continue;
      }
      if (startRef === undefined) {
        report(node, rule, 'noStartRef', { element: end });
        continue;
      }
      if (node.attrs.has('id')) report(node, rule, 'endWithId', { element: end, startRef });
      const opener = open.get(startRef);
      if (!opener) {
        report(node, rule, seen.has(startRef) || starts.has(startRef) ? 'endBeforeStart' : 'endWithoutStart', { element: end, partner: start, startRef });
        continue;
      }
      open.delete(startRef);
      if (start === 'sc') checkPairAttributes(opener, node, report);
    }
  }
  for (const [id, node] of open) report(node, rule, start === 'sc' ? 'scNotClosed' : 'smNotClosed', { id });
}

function checkPairAttributes(sc: XNode, ec: XNode, report: Report): void {
  for (const name of SHARED_BY_PAIR) {
    const a = sc.attrs.get(name) ?? (name.startsWith('can') ? 'yes' : undefined);
    const b = ec.attrs.get(name) ?? (name.startsWith('can') ? 'yes' : undefined);
    if (a !== undefined && b !== undefined && a !== b) report(ec, 'sc-ec-attributes', 'pairDiffers', { attribute: name, ec: b, sc: a });
  }
  const scReorder = sc.attrs.get('canReorder') ?? 'yes';
  const ecReorder = ec.attrs.get('canReorder') ?? 'yes';
  if ((scReorder === 'firstNo' ? 'no' : scReorder) !== ecReorder) report(ec, 'sc-ec-attributes', 'pairDiffers', { attribute: 'canReorder', ec: ecReorder, sc: scReorder });
}

function checkCp(node: XNode, report: Report): void {
  const code = parseInt(node.attrs.get('hex') ?? '', 16);
  const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (legal) report(node, 'cp', 'legalCharacter', { hex: node.attrs.get('hex') ?? '' });
}

/** A comment annotation gives its text in `value` or points to a note of its unit with `ref`, not both. */
function checkComment(document: XDocument, unit: XNode, node: XNode, report: Report): void {
  if (node.attrs.get('type') !== 'comment') return;
  const value = node.attrs.get('value');
  const ref = node.attrs.get('ref');
  if ((value === undefined) === (ref === undefined)) {
    report(node, 'comment-annotation', 'valueOrRef');
    return;
  }
  if (ref === undefined) return;
  const note = /^#(?:\/?f=[^/]+\/(?:g=[^/]+\/)*u=[^/]+\/)?n=([^/]+)$/.exec(ref);
  const unitPath = /u=([^/]+)\//.exec(ref)?.[1];
  const notes = descendants(document, unit).filter((child) => child.ns === document.core && child.local === 'note' && child.parent?.parent === unit);
  if (!note || (unitPath !== undefined && unitPath !== unit.attrs.get('id')) || !notes.some((child) => child.attrs.get('id') === note[1])) {
    report(node, 'comment-annotation', 'notANote', { ref });
  }
}

function checkCopyOf(nodes: XNode[], sourceNodes: XNode[], report: Report): void {
  const codes = new Map(sourceNodes.filter((node) => CODES.has(node.local) && node.attrs.has('id')).map((node) => [node.attrs.get('id')!, node]));
  for (const node of nodes) {
    const copyOf = node.attrs.get('copyOf');
    if (copyOf === undefined) continue;
    const original = codes.get(copyOf) ?? nodes.find((other) => other !== node && other.attrs.get('id') === copyOf && CODES.has(other.local));
    if (!original) report(node, 'copy-of', 'unknownCode', { copyOf });
    else if (original.attrs.get('canCopy') === 'no') report(node, 'copy-of', 'notCopyable', { copyOf });
    if (node.attrs.has('dataRef') || node.attrs.has('dataRefStart') || node.attrs.has('dataRefEnd')) report(node, 'copy-of', 'copyWithData');
  }
}

/** canReorder="no"/"firstNo" codes cannot be copied or deleted; a "no" continues a sequence a "firstNo" opened. */
function checkReorder(nodes: XNode[], report: Report): void {
  let inSequence = false;
  for (const node of nodes) {
    if (!CODES.has(node.local)) continue;
    const reorder = node.attrs.get('canReorder') ?? 'yes';
    if (node.local === 'ec' && node.attrs.get('isolated') !== 'yes') continue;
    if (reorder !== 'yes' && (node.attrs.get('canCopy') !== 'no' || node.attrs.get('canDelete') !== 'no')) {
      report(node, 'can-reorder', 'fixedNeedsNoCopyDelete', { canReorder: reorder });
    }
    if (reorder === 'no' && !inSequence) report(node, 'can-reorder', 'noWithoutFirstNo');
    inSequence = reorder !== 'yes';
  }
}

/** The codes of a non-reorderable sequence keep their order and nesting in the target. */
function checkReorderKept(source: XNode[], target: XNode[], report: Report): void {
  const codes = (nodes: XNode[]) => nodes.filter((node) => CODES.has(node.local) && node.local !== 'ec' && node.attrs.has('id'));
  const sourceCodes = codes(source);
  const targetCodes = codes(target);
  const parentCode = (node: XNode) => (node.parent && node.parent.local === 'pc' ? node.parent.attrs.get('id') : undefined);
  for (let i = 0; i < sourceCodes.length; i++) {
    if (sourceCodes[i].attrs.get('canReorder') !== 'firstNo') continue;
    const sequence = [sourceCodes[i]];
    for (let j = i + 1; j < sourceCodes.length && sourceCodes[j].attrs.get('canReorder') === 'no'; j++) sequence.push(sourceCodes[j]);
    const at = targetCodes.findIndex((node) => node.attrs.get('id') === sequence[0].attrs.get('id'));
    if (at === -1) continue;
    sequence.forEach((code, k) => {
      const inTarget = targetCodes[at + k];
      if (!inTarget || inTarget.attrs.get('id') !== code.attrs.get('id') || parentCode(inTarget) !== parentCode(code)) {
        report(inTarget ?? targetCodes[at], 'can-reorder', 'sequenceReordered', { id: sequence[0].attrs.get('id')! });
      }
    });
  }
}

/** A code with canDelete="no" in a segment that has a target is somewhere in the unit's targets. */
function checkNonRemovable(document: XDocument, unit: XNode, source: XNode[], report: Report): void {
  const targetIds = new Set(
    descendants(document, unit)
      .filter((node) => node.ns === document.core && CODES.has(node.local) && node.side === 'target')
      .map((node) => node.attrs.get('id') ?? node.attrs.get('startRef')),
  );
  for (const node of source) {
    if (!CODES.has(node.local) || node.attrs.get('canDelete') !== 'no') continue;
    const hasTarget = node.part?.children.some((child) => child.local === 'target');
    const id = node.attrs.get('id') ?? node.attrs.get('startRef');
    if (hasTarget && !targetIds.has(id)) report(node, 'non-removable', 'missingFromTarget', { id: id ?? '' });
  }
}
