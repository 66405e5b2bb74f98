/** A broken rule of a format, where it is broken. `rule` is a stable id (`unique-id`, `schema`, …). */
export interface Violation {
  rule: string;
  line: number;
  column: number;
  message: string;
}
