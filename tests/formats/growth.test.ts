import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { safeForTerminal } from '../../src/errors.js';
import { readMemory, readTermbase } from '../../src/formats/index.js';
import { tmxEntries } from '../../src/formats/tmx-entries.js';
import { prepareForWriting } from '../../src/formats/writable.js';
import { xliff2Format } from '../../src/formats/xliff2.js';
import { tokenize } from '../../src/terms/matcher.js';
import { memoryEntries } from '../../src/tm/index.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
/** An exponent between linear (1) and quadratic (2) growth. */
const LINEAR = 1.6;

/**
 * Work grows linearly with each input dimension: timed at n, 2n and 4n, the exponent k of the
 * fitted t ∝ n^k stays near 1, where a quadratic step gives 2. A fit over the processor time of
 * the best of five runs (garbage collected before each), not a time limit; measured again, up to
 * five times, while it looks worse than linear, so that a busy machine does not make it fail.
 */
function growth(make: (n: number) => string, run: (input: string) => unknown, n: number): number {
  const best = (size: number) => {
    const input = make(size);
    let fastest = Infinity;
    for (let round = 0; round < 5; round++) {
      collectGarbage();
      // Processor time of this process, not wall time: other work on the machine does not count.
      const start = process.cpuUsage();
      run(input);
      const used = process.cpuUsage(start);
      fastest = Math.min(fastest, (used.user + used.system) / 1000);
    }
    return Math.max(fastest, 0.5);
  };
  best(n); // warm up the compiler
  const sizes = [n, 2 * n, 4 * n];
  const x = sizes.map(Math.log);
  const meanX = (x[0] + x[1] + x[2]) / 3;
  let exponent = Infinity;
  for (let attempt = 0; attempt < 5 && exponent >= LINEAR; attempt++) {
    const y = sizes.map((size) => Math.log(best(size)));
    const meanY = (y[0] + y[1] + y[2]) / 3;
    const slope = x.reduce((sum, xi, i) => sum + (xi - meanX) * (y[i] - meanY), 0) / x.reduce((sum, xi) => sum + (xi - meanX) ** 2, 0);
    exponent = Math.min(exponent, slope);
  }
  return exponent;
}

const xliff12 = (units: string) =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="a"><body>${units}</body></file></xliff>\n`;
const unit = (id: number, source: string, attrs = '') => `<trans-unit id="${id}"${attrs}><source>${source}</source><target>t</target></trans-unit>`;
const readEntries = (text: string) => memoryEntries(readMemory(text, 'a.xlf'), 'a.xlf');

describe('linear growth in every input dimension', () => {
  it('inline elements in one segment, on one line, read and written as XLIFF 2', () => {
    expect(growth((n) => xliff12(unit(1, '一<x id="1"/>'.repeat(n))), readEntries, 10_000)).toBeLessThan(LINEAR);
    expect(growth((n) => xliff12(unit(1, '一<x id="1"/>'.repeat(n))), (text) => xliff2Format.serialize(prepareForWriting(readMemory(text, 'a.xlf'), 'xliff2').memory), 5_000)).toBeLessThan(LINEAR);
  });

  it('attributes of one element, value length, units, element names', () => {
    expect(growth((n) => xliff12(unit(1, '一', Array.from({ length: n }, (_, i) => ` x-a${i}="v"`).join(''))), readEntries, 40_000)).toBeLessThan(LINEAR);
    expect(growth((n) => xliff12(unit(1, '一', ` x-a="${'v'.repeat(n)}"`)), readEntries, 5_000_000)).toBeLessThan(LINEAR);
    expect(growth((n) => xliff12(Array.from({ length: n }, (_, i) => unit(i, `第${i}句。`)).join('\n')), readEntries, 5_000)).toBeLessThan(LINEAR);
    expect(growth((n) => xliff12(unit(1, `<${'n'.repeat(n)}/>`)), readEntries, 1_000_000)).toBeLessThan(LINEAR);
  });

  it('the streaming TMX reader, a CSV field, a word, a message', () => {
    const tmx = (n: number) =>
      `<tmx version="1.4"><header srclang="zh"/><body>${Array.from({ length: n }, (_, i) => `<tu tuid="${i}"><tuv xml:lang="zh"><seg>第${i}句<ph x="1"/>。</seg></tuv><tuv xml:lang="en"><seg>s</seg></tuv></tu>`).join('')}</body></tmx>`;
    expect(growth(tmx, (text) => [...tmxEntries([text], 'a.tmx')], 2_000)).toBeLessThan(LINEAR);
    expect(growth((n) => `zh,en,status,kind,note\n朝鲜,"${'a"",'.repeat(n)}",preferred,name,\n`, (text) => readTermbase(text, 'a.csv'), 100_000)).toBeLessThan(LINEAR);
    expect(growth((n) => 'a'.repeat(n), tokenize, 2_000_000)).toBeLessThan(LINEAR);
    expect(growth((n) => `unknown status "${'s\u001b'.repeat(n)}" ${'x'.repeat(n)}`, safeForTerminal, 200_000)).toBeLessThan(LINEAR);
  });
});
