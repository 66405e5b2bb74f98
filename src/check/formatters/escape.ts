import { escapeAttribute, escapeText } from '../../xml/xml.js';

/** Text in HTML content and attribute values alike: `<script>` and `" onload="` stay inert. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters XML 1.0 cannot carry even as references are shown as `\u0007`, so the report stays well-formed. */
function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text content; a CR as `&#13;`, since parsers turn a literal CR into a line feed. */
export function xmlText(text: string): string {
  return escapeText(xmlSafe(text)).replace(/\r/g, '&#13;');
}

export function xmlAttribute(text: string): string {
  return escapeAttribute(xmlSafe(text));
}

/**
 * Control characters from a checked file would move the cursor or recolour a terminal: shown as
 * `\u001b`, a line break inside a message as `\n`, so each finding stays on its line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
