/**
 * An XLIFF 2 document as the processing-requirement checks see it: every element in document
 * order with its namespace, local name and attributes resolved, its parent, and the range of
 * its descendants. Built iteratively, so deep nesting cannot overflow the stack.
 */
import type { XmlElement } from '../xml/xml.js';
import { enterScope, type NamespaceScope, namespaceOf, XML_NAMESPACE } from '../formats/xml-model.js';

export const NS = {
  core20: 'urn:oasis:names:tc:xliff:document:2.0',
  core22: 'urn:oasis:names:tc:xliff:document:2.2',
  ctr: 'urn:oasis:names:tc:xliff:changetracking:2.0',
  fs: 'urn:oasis:names:tc:xliff:fs:2.0',
  gls: 'urn:oasis:names:tc:xliff:glossary:2.0',
  mda: 'urn:oasis:names:tc:xliff:metadata:2.0',
  mtc: 'urn:oasis:names:tc:xliff:matches:2.0',
  res: 'urn:oasis:names:tc:xliff:resourcedata:2.0',
  slr: 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
  val: 'urn:oasis:names:tc:xliff:validation:2.0',
  xml: XML_NAMESPACE,
} as const;

export interface XNode {
  index: number;
  /** One past the index of its last descendant. */
  end: number;
  parent: XNode | undefined;
  ns: string;
  local: string;
  /** Attributes by `local` (no namespace) or `{namespace}local`. */
  attrs: Map<string, string>;
  element: XmlElement;
  children: XNode[];
  /** The XLIFF unit it is in (itself for a unit). */
  unit?: XNode;
  /** Inside the source or target of a segment or ignorable: which. */
  side?: 'source' | 'target';
  /** The segment or ignorable it is in. */
  part?: XNode;
}

export interface XDocument {
  nodes: XNode[];
  root: XNode;
  core: string;
}

export function buildTree(root: XmlElement): XDocument {
  const nodes: XNode[] = [];
  const stack: Array<{ element: XmlElement; scope: NamespaceScope; parent: XNode | undefined }> = [{ element: root, scope: new Map(), parent: undefined }];
  while (stack.length > 0) {
    const { element, scope: outer, parent } = stack.pop()!;
    const scope = enterScope(outer, element);
    const attrs = new Map<string, string>();
    for (const [name, value] of element.attrs) {
      const colon = name.indexOf(':');
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (colon === -1) attrs.set(name, value);
      else {
        const prefix = name.slice(0, colon);
        attrs.set(`{${prefix === 'xml' ? XML_NAMESPACE : (scope.get(prefix) ?? prefix)}}${name.slice(colon + 1)}`, value);
      }
    }
    const colon = element.name.indexOf(':');
    const node: XNode = { index: nodes.length, end: 0, parent, ns: namespaceOf(element, scope) ?? '', local: colon === -1 ? element.name : element.name.slice(colon + 1), attrs, element, children: [] };
    const ns = node.ns;
    const isCore = ns === NS.core20 || ns === NS.core22;
    node.unit = isCore && node.local === 'unit' ? node : parent?.unit;
    node.part = isCore && (node.local === 'segment' || node.local === 'ignorable') ? node : parent?.part;
    node.side = parent?.side ?? (isCore && (node.local === 'source' || node.local === 'target') && parent?.part === parent && parent !== undefined ? node.local : undefined);
    nodes.push(node);
    parent?.children.push(node);
    const children = element.children.filter((child): child is XmlElement => child.type === 'element');
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i], scope, parent: node });
  }
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    node.end = node.children.length > 0 ? node.children[node.children.length - 1].end : node.index + 1;
  }
  return { nodes, root: nodes[0], core: nodes[0].ns };
}

export function descendants(document: XDocument, node: XNode): XNode[] {
  return document.nodes.slice(node.index + 1, node.end);
}

/** The nearest ancestor (or the node itself) with the given core local name. */
export function closest(node: XNode, core: string, local: string): XNode | undefined {
  for (let current: XNode | undefined = node; current; current = current.parent) if (current.ns === core && current.local === local) return current;
  return undefined;
}

export function xmlAttr(node: XNode, local: string): string | undefined {
  return node.attrs.get(`{${XML_NAMESPACE}}${local}`);
}

/** The value of an xml: attribute in force on a node: its own, else the nearest ancestor's. */
export function inherited(node: XNode, local: string): string | undefined {
  for (let current: XNode | undefined = node; current; current = current.parent) {
    const value = xmlAttr(current, local);
    if (value !== undefined) return value;
  }
  return undefined;
}
