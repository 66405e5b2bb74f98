import { parseXml, type XmlElement, type XmlNode } from '../../src/formats/xml.js';

/**
 * A comparable form of an XML document, close to Canonical XML: names resolved to
 * `{namespace}local`, namespace declarations dropped (so their placement does not matter),
 * attributes sorted, adjacent text and CDATA merged, and white-space-only text between
 * elements dropped unless `xml:space="preserve"` is in force. Comments and processing
 * instructions are kept.
 */
export function canonicalXml(text: string): string {
  const document = parseXml(text);
  const out: string[] = [];
  type Frame = { node: XmlNode; namespaces: Map<string, string>; preserve: boolean; close?: string };
  const stack: Frame[] = [{ node: document.root, namespaces: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), preserve: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.close !== undefined) {
      out.push(frame.close);
      continue;
    }
    const { node } = frame;
    if (node.type === 'text' || node.type === 'cdata') {
      const text = node.text;
      if (!frame.preserve && text.trim() === '') continue;
      out.push(JSON.stringify(text));
      continue;
    }
    if (node.type === 'comment') out.push(`<!--${node.text}-->`);
    if (node.type === 'pi') out.push(`<?${node.target} ${node.body}?>`);
    if (node.type !== 'element') continue;
    const namespaces = new Map(frame.namespaces);
    for (const [name, value] of node.attrs) {
      if (name === 'xmlns') namespaces.set('', value);
      else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value);
    }
    const resolve = (name: string, isAttribute: boolean) => {
      const colon = name.indexOf(':');
      if (colon === -1) return isAttribute ? name : `{${namespaces.get('') ?? ''}}${name}`;
      return `{${namespaces.get(name.slice(0, colon)) ?? name.slice(0, colon)}}${name.slice(colon + 1)}`;
    };
    const attrs = node.attrs
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([name, value]) => `${resolve(name, true)}=${JSON.stringify(value)}`)
      .sort();
    const space = node.attrs.find(([name]) => name === 'xml:space')?.[1];
    const preserve = space === undefined ? frame.preserve : space === 'preserve';
    const name = resolve(node.name, false);
    out.push(`<${[name, ...attrs].join(' ')}>`);
    stack.push({ node, namespaces, preserve, close: `</${name}>` });
    for (const child of mergeText(node).reverse()) stack.push({ node: child, namespaces, preserve });
  }
  return out.join('\n');
}

function mergeText(element: XmlElement): XmlNode[] {
  const merged: XmlNode[] = [];
  for (const child of element.children) {
    const last = merged.at(-1);
    if ((child.type === 'text' || child.type === 'cdata') && last && last.type === 'text') {
      merged[merged.length - 1] = { ...last, text: last.text + child.text };
    } else if (child.type === 'cdata') {
      merged.push({ type: 'text', text: child.text, line: 0, column: 0 });
    } else merged.push(child);
  }
  return merged;
}
