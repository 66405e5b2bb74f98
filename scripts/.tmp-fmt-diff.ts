import { readFileSync } from 'node:fs';
import { getMemoryFormat, readMemory } from '../src/formats/index.js';
const name = process.argv[2];
const text = readFileSync(name, 'utf8');
const m = readMemory(text, name);
console.log(getMemoryFormat(m.format!).serialize(m));
