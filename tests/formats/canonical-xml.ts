import { validateXML } from 'xmllint-wasm';

/**
 * A comparable form of an XML document made by libxml2 (xmllint's exclusive Canonical XML, run
 * as WebAssembly), not by the parser under test: attributes sorted, character and entity
 * references resolved, CDATA as text, namespace declarations only where they are used (so
 * their placement does not count). White space between tags is then dropped: writers indent.
 */
export async function canonicalXml(text: string): Promise<string> {
  return (await exclusiveC14n(text)).replace(/>\s+</g, '><').trim();
}

/**
 * xmllint --exc-c14n, comments kept. Canonical XML refuses relative namespace URIs (memoQ's
 * `xmlns:mq="MQXliff"`): they are given a scheme first, the same way on both sides of a comparison.
 */
export async function exclusiveC14n(text: string): Promise<string> {
  const absolute = text.replace(/(\sxmlns(?::[^\s=]+)?\s*=\s*)(["'])(?![A-Za-z][\w+.-]*:)([^"']+)\2/g, '$1$2urn:x-relative:$3$2');
  const result = await validateXML({
    xml: { fileName: 'document.xml', contents: absolute },
    normalization: 'c14n',
    modifyArguments: (args) => ['--nonet', ...args.map((arg) => (arg === '--c14n' ? '--exc-c14n' : arg))],
  });
  return result.normalized;
}

/** How Canonical XML writes a text value (C14N 1.0 §5.2). */
export function c14nText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** How Canonical XML writes an attribute value. */
export function c14nAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}
