import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

/**
 * Identifies a finding by what it is about, not where: the same finding keeps its fingerprint
 * when lines move, so code-scanning dashboards and baselines recognise it.
 */
export function findingFingerprint(finding: Finding): string {
  const identity = [finding.rule, finding.file, finding.unit, finding.source ?? '', finding.found ?? '', finding.expected ?? ''];
  return createHash('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 32);
}
