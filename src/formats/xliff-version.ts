/**
 * Which XLIFF a document is, from its root element: the namespace decides when it is one of
 * XLIFF's, else the `version` attribute (XLIFF 1.0 has no namespace). Only XLIFF's own,
 * unprefixed `version` counts: ITS (`its:version="2.0"`) often sits on a 1.2 root.
 */
import { attributeIn, rootTag } from './xml-model.js';

export const XLIFF_NAMESPACES: Readonly<Record<string, '1' | '2'>> = {
  'urn:oasis:names:tc:xliff:document:1.1': '1',
  'urn:oasis:names:tc:xliff:document:1.2': '1',
  'urn:oasis:names:tc:xliff:document:2.0': '2',
  'urn:oasis:names:tc:xliff:document:2.2': '2',
};

export function xliffGeneration(text: string): '1' | '2' | undefined {
  const root = rootTag(text);
  if (root?.local !== 'xliff') return undefined;
  const byNamespace = root.namespace === undefined ? undefined : XLIFF_NAMESPACES[root.namespace];
  if (byNamespace) return byNamespace;
  const version = attributeIn(root.element, new Map(), '', 'version');
  return version?.startsWith('1.') ? '1' : version?.startsWith('2.') ? '2' : undefined;
}
