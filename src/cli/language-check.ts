import { InputError } from '../errors.js';
import { hanRatio, hasHan } from '../lang/index.js';
import type { CommandContext } from './command.js';

/** Catches the commonest mistake before any work: the two texts given the wrong way round. */
export function checkLanguages({ t }: CommandContext, sourceFile: string, sourceText: string, targetFile: string, targetText: string): void {
  if (sourceText.trim() !== '' && !hasHan(sourceText)) {
    throw new InputError(t(hanRatio(targetText) > 0.5 ? 'align:errors.swapped' : 'align:errors.noChinese'), { file: sourceFile });
  }
  if (hanRatio(targetText) > 0.5) throw new InputError(t('align:errors.targetChinese'), { file: targetFile });
}
