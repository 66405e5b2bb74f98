export { allUnits, inlineText, isGroup, unitHasTarget, unitSourceText, unitTargetText, unitsOfFile } from './memory.js';
