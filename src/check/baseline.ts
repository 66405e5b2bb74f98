import { InputError } from '../errors.js';
import type { Finding } from '../model/types.js';
import { findingFingerprint } from '../model/finding.js';

/**
 * Known findings a team has accepted, by fingerprint (rule, file, unit, source, found, expected):
 * stable when lines move, so only new findings fail the build.
 */
export interface Baseline {
  version: 1;
  fingerprints: string[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  return { version: 1, fingerprints: [...new Set(findings.map(findingFingerprint))].sort() };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function parseBaseline(text: string, fileName: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not a tmkit baseline (invalid JSON: ${(error as Error).message})`, { file: fileName });
  }
  const baseline = raw as Partial<Baseline>;
  if (baseline?.version !== 1 || !Array.isArray(baseline.fingerprints) || !baseline.fingerprints.every((entry) => typeof entry === 'string')) {
    throw new InputError('not a tmkit baseline (expected {"version": 1, "fingerprints": [...]})', { file: fileName });
  }
  return baseline as Baseline;
}

/** The findings not in the baseline. */
export function withoutBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const known = new Set(baseline.fingerprints);
  return findings.filter((finding) => !known.has(findingFingerprint(finding)));
}
