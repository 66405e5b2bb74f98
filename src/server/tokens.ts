import { createHash, randomBytes } from 'node:crypto';

export const ROLES = ['read', 'write', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A new bearer token: 256 random bits, so that a plain hash stores it safely (nothing to guess). */
export function newToken(): string {
  return `tmk_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a token of role `held` may do what `needed` allows: admin ⊃ write ⊃ read. */
export function allows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
