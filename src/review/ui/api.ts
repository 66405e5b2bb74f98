/** The review server's API, as the page calls it: every request carries the session token. */
import type { ReviewEdit, ReviewUnit } from '../edits.js';
import type { ConcordanceResult, ReviewFinding } from '../session.js';

export type { ConcordanceResult, ReviewEdit, ReviewFinding, ReviewUnit };

export interface State extends Findings {
  locale: string;
  file: string;
  units: ReviewUnit[];
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
  termsFile?: string;
}

export interface Findings {
  version: number;
  findings: ReviewFinding[];
  checking: boolean;
  checkError?: string;
}

/** A refusal from the server, in the user's language; `conflict` when the file changed on disk. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly conflict: boolean,
  ) {
    super(message);
  }
}

const token = new URLSearchParams(location.search).get('token') ?? '';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { 'x-tmkit-token': token, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const value = (await response.json()) as T & { error?: string; conflict?: boolean };
  if (!response.ok) throw new ApiError(value.error ?? String(response.status), value.conflict === true);
  return value;
}

export const api = {
  state: () => call<State>('GET', '/api/state'),
  edit: (edit: ReviewEdit) => call<State>('POST', '/api/edit', edit),
  undo: () => call<State>('POST', '/api/undo', {}),
  redo: () => call<State>('POST', '/api/redo', {}),
  save: () => call<State>('POST', '/api/save', {}),
  reload: () => call<State>('POST', '/api/reload', {}),
  addTerm: (source: string, target: string) => call<State>('POST', '/api/terms', { source, target }),
  /** Waits for the findings of the memory as it is now. */
  findings: () => call<Findings>('GET', '/api/findings'),
  concordance: (q: string, side: string) => call<{ hits: ConcordanceResult[] }>('GET', `/api/concordance?q=${encodeURIComponent(q)}&side=${side}`),
};
