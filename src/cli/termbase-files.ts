import { readTermbase } from '../formats/index.js';
import type { Termbase } from '../types.js';
import type { CliIo } from './command.js';
import { readTextFile } from './files.js';

export async function loadTermbase(io: CliIo, file: string): Promise<Termbase> {
  return readTermbase(await readTextFile(io, file), file);
}
