import { InputError, safeForTerminal } from '../errors.js';
import type { Translate } from '../i18n/i18n.js';
import { UsageError } from './command.js';

/** An error as the one line the CLI prints for it: a user's mistake as it is, anything else as internal. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof UsageError || error instanceof InputError) return safeForTerminal(oneLine(error.message));
  const message = error instanceof Error ? error.message : String(error);
  return t('common:errors.internal', { message: safeForTerminal(oneLine(message)) });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
