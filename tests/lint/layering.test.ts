import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layering lint', () => {
  it('fails on a format importing from the memory engine', async () => {
    const messages = await restrictedImports('src/formats/example.ts', "import { lookup } from '../tm/lookup.js';\nexport const found = lookup;\n");
    expect(messages).toEqual([expect.stringContaining('src/formats/ may import only src/model/, the base modules')]);
  });

  it('fails on the model importing a format, and on a base module importing the model', async () => {
    expect(await restrictedImports('src/model/example.ts', "import { readMemory } from '../formats/index.js';\nexport const read = readMemory;\n")).toHaveLength(1);
    expect(await restrictedImports('src/lang/example.ts', "import { allUnits } from '../model/memory.js';\nexport const units = allUnits;\n")).toHaveLength(1);
  });

  it('fails on the checker importing a format from a rule two folders down', async () => {
    const messages = await restrictedImports('src/check/rules/example.ts', "import { parseXml } from '../../formats/index.js';\nexport const parse = parseXml;\n");
    expect(messages).toHaveLength(1);
  });

  it('passes imports that go down the layers', async () => {
    const code = "import { allUnits } from '../model/memory.js';\nimport { approvedTerms } from '../terms/index.js';\nimport { editDistance } from '../collections.js';\nexport const all = [allUnits, approvedTerms, editDistance];\n";
    expect(await restrictedImports('src/check/example.ts', code)).toEqual([]);
  });

  it('still keeps file access in the CLI', async () => {
    expect(await restrictedImports('src/tm/example.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toEqual([expect.stringContaining('Only src/cli/')]);
    expect(await restrictedImports('src/cli/example.ts', "import { readFileSync } from 'node:fs';\nimport { lookup } from '../tm/lookup.js';\nexport const read = [readFileSync, lookup];\n")).toEqual([]);
  });
});
