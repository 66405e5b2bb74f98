/**
 * Processing requirements of the XLIFF 2 modules that a schema cannot express: Format Style
 * (fs), Size and Length Restriction (slr), Resource Data (res), Translation Candidates (mtc),
 * Glossary (gls), Validation (val), Change Tracking (ctr), and ids unique within a module's element.
 */
import { sameLanguageTag } from '../lang/language-tag.js';
import { fragmentProblem } from './xliff2-core.js';
import { closest, descendants, NS, xmlAttr, type XDocument, type XNode } from './xliff2-tree.js';

type Report = (node: XNode, rule: string, messageId: string, data?: Record<string, string | number>) => void;

const MODULE_ROOTS: Record<string, string> = { [NS.mda]: 'metadata', [NS.mtc]: 'matches', [NS.gls]: 'glossary', [NS.res]: 'resourceData', [NS.ctr]: 'changeTrack', [NS.val]: 'validation' };
const VAL_TESTS = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'];
const RESTRICTION = /^(?:\d+|\*)(?:,(?:\d+|\*))?$/;

export function checkModules(document: XDocument, report: Report): void {
  const { root } = document;
  for (const node of document.nodes) {
    checkModuleAttributes(document, node, report);
    if (MODULE_ROOTS[node.ns] === node.local) {
      const ids = new Set<string>();
      for (const child of descendants(document, node)) {
        const id = child.ns === node.ns ? child.attrs.get('id') : undefined;
        if (id === undefined) continue;
        if (ids.has(id)) report(child, 'unique-id', 'duplicateId.module', { id, element: node.element.name });
        ids.add(id);
      }
    }
    if (node.ns === NS.val && !['validation', 'rule'].includes(node.local)) report(node, 'val', 'unknownElement', { element: node.element.name });
    if (node.ns === NS.val && node.local === 'rule') {
      const tests = VAL_TESTS.filter((name) => node.attrs.has(name)).length + [...node.attrs.keys()].filter((name) => name.startsWith('{')).length;
      if (tests !== 1) report(node, 'val', 'oneTest', { tests: VAL_TESTS.join(', '), count: tests });
      if (node.attrs.has('existsInSource') && !['isPresent', 'startsWith', 'endsWith'].some((name) => node.attrs.has(name))) report(node, 'val', 'existsInSource');
    }
    if (node.ns === NS.res && (node.local === 'source' || node.local === 'target')) {
      if (node.attrs.has('href') && (node.children.length > 0 || node.element.children.some((child) => child.type === 'text' && child.text.trim() !== ''))) report(node, 'res', 'hrefAndContent', { element: node.element.name });
      const srcLang = root.attrs.get('srcLang');
      const lang = xmlAttr(node, 'lang');
      if (node.local === 'source' && lang !== undefined && srcLang !== undefined && !sameLanguageTag(lang, srcLang)) report(node, 'res', 'sourceLanguage', { lang, srcLang });
    }
    if (node.ns === NS.mtc && node.local === 'match') checkMatch(document, node, report);
    if (node.ns === NS.gls && node.local === 'glossEntry' && !node.children.some((child) => child.ns === NS.gls && (child.local === 'translation' || child.local === 'definition'))) {
      report(node, 'gls', 'emptyEntry');
    }
    if (node.ns === NS.ctr && node.local === 'revisions') checkRevisions(document, node, report);
  }
}

function checkModuleAttributes(document: XDocument, node: XNode, report: Report): void {
  const fs = [...node.attrs.keys()].filter((name) => name.startsWith(`{${NS.fs}}`));
  for (const name of fs) if (name !== `{${NS.fs}}fs` && name !== `{${NS.fs}}subFs`) report(node, 'fs', 'unknownAttribute', { attribute: name });
  if (node.attrs.has(`{${NS.fs}}subFs`) && !node.attrs.has(`{${NS.fs}}fs`)) report(node, 'fs', 'subFsWithoutFs');
  const isolatedEc = node.ns === document.core && node.local === 'ec' && node.attrs.get('isolated') !== 'yes';
  if (isolatedEc && fs.length > 0) report(node, 'fs', 'onEc');
  const slr = (local: string) => node.attrs.get(`{${NS.slr}}${local}`);
  for (const local of ['sizeInfo', 'sizeInfoRef', 'equivStorage']) if (isolatedEc && slr(local) !== undefined) report(node, 'slr', 'onEc', { attribute: `slr:${local}` });
  if (slr('sizeInfo') !== undefined && slr('sizeInfoRef') !== undefined) report(node, 'slr', 'infoAndRef');
  const equiv = slr('equivStorage');
  if (equiv !== undefined && !/^\d+$/.test(equiv)) report(node, 'slr', 'notInteger', { value: equiv });
  for (const local of ['sizeRestriction', 'storageRestriction']) {
    const value = slr(local);
    if (value !== undefined && !RESTRICTION.test(value)) report(node, 'slr', 'notRestriction', { attribute: `slr:${local}`, value });
  }
  const ref = slr('sizeInfoRef');
  if (ref !== undefined) {
    const data = document.nodes.filter((candidate) => candidate.ns === NS.slr && candidate.local === 'data');
    if (!data.some((holder) => descendants(document, holder).some((child) => child.attrs.get('id') === ref || xmlAttr(child, 'id') === ref))) report(node, 'slr', 'unknownSizeInfo', { ref });
  }
}

function checkMatch(document: XDocument, match: XNode, report: Report): void {
  if (xmlAttr(match, 'lang') !== undefined) report(match, 'mtc', 'matchLanguage');
  if (match.attrs.has('subType') && !match.attrs.has('type')) report(match, 'mtc', 'subTypeWithoutType');
  const ref = match.attrs.get('ref') ?? '';
  const problem = !ref.startsWith('#') || fragmentProblem(ref) !== undefined;
  if (problem) {
    report(match, 'mtc', 'badRef', { ref });
    return;
  }
  const unit = closest(match, document.core, 'unit');
  const id = ref.slice(1);
  const targets = unit ? descendants(document, unit).filter((node) => node.ns === document.core && ['segment', 'ignorable', 'mrk', 'sm'].includes(node.local)) : [];
  if (!id.includes('=') && !targets.some((node) => node.attrs.get('id') === id)) report(match, 'mtc', 'unknownRef', { ref });
}

/**
 * Revisions of a note, source or target name it by `ref` (any id of the enclosing unit, group or
 * file), unless that element is the only one of its kind there; an item changes the content or
 * an attribute the element has, each once a revision.
 */
function checkRevisions(document: XDocument, revisions: XNode, report: Report): void {
  const appliesTo = revisions.attrs.get('appliesTo');
  if (appliesTo === undefined || appliesTo === 'unit') return;
  const scope = closest(revisions, document.core, 'unit') ?? closest(revisions, document.core, 'group') ?? closest(revisions, document.core, 'file');
  const inScope = scope ? descendants(document, scope).filter((node) => node.ns === document.core) : [];
  const ref = revisions.attrs.get('ref');
  let target: XNode | undefined;
  if (ref === undefined) {
    const kind = inScope.filter((node) => node.local === appliesTo);
    if (kind.length !== 1) report(revisions, 'ctr', 'needsRef', { appliesTo, count: kind.length });
    target = kind[0];
  } else {
    target = inScope.find((node) => node.attrs.get('id') === ref);
    if (!target) report(revisions, 'ctr', 'unknownRef', { ref });
  }
  for (const revision of revisions.children.filter((node) => node.ns === NS.ctr && node.local === 'revision')) {
    const properties = new Set<string>();
    for (const item of revision.children.filter((node) => node.ns === NS.ctr && node.local === 'item')) {
      const property = item.attrs.get('property') ?? '';
      if (properties.has(property)) report(item, 'ctr', 'propertyTwice', { property });
      properties.add(property);
      if (target?.local === appliesTo && property !== 'content' && !target.attrs.has(property)) report(item, 'ctr', 'property', { property, appliesTo });
    }
  }
}
