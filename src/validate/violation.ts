/**
 * A broken rule of a format, where it is broken. `rule` is a stable id (`unique-id`, `schema`, …);
 * the text is the message `validate:problems.<messageId>` with `data` (both locales). Schema and
 * XML messages come from the parser and are given whole in `data.detail`.
 */
export interface Violation {
  rule: string;
  line: number;
  column: number;
  messageId: string;
  data: Record<string, string | number>;
}
