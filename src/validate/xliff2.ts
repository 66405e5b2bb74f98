/**
 * XLIFF 2.x processing requirements: what the specification asks of a conformant document
 * beyond its schema (unique ids, paired codes, references that resolve, module constraints).
 * Every violation is reported, with its line, not only the first.
 */
import type { XmlElement } from '../xml/xml.js';
import type { Violation } from './violation.js';
import { checkIds, checkLanguages, checkStructure } from './xliff2-core.js';
import { checkUnitInline } from './xliff2-inline.js';
import { checkModules } from './xliff2-modules.js';
import { buildTree, NS, type XNode } from './xliff2-tree.js';

/** The violations of a well-formed XLIFF 2 document (its root element). */
export function xliff2Violations(root: XmlElement): Violation[] {
  const document = buildTree(root);
  const violations: Violation[] = [];
  const report = (node: XNode, rule: string, messageId: string, data: Record<string, string | number> = {}) =>
    violations.push({ rule, line: node.element.line, column: node.element.column, messageId: `${rule}.${messageId}`, data });
  if (document.core !== NS.core20 && document.core !== NS.core22) {
    report(document.root, 'xliff-version', 'notXliff2', { element: root.name });
    return violations;
  }
  checkLanguages(document, report);
  checkIds(document, report);
  checkStructure(document, report);
  for (const node of document.nodes) if (node.ns === document.core && node.local === 'unit') checkUnitInline(document, node, report);
  checkModules(document, report);
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}
