import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { runCli } from '../cli/run-cli.js';

/** TMX written by tmkit, given to the tools translators use. `.ci/run` installs them (Debian omegat, translate-toolkit). */
function tmxOfSample(dir: string): string {
  const tmx = path.join(dir, 'talks.tmx');
  const result = runCli(['align', 'samples/xi-kim-talks.zh.txt', 'samples/xi-kim-talks.en.txt', '--format', 'tmx', '--out', tmx, '--source-lang', 'zh-CN', '--target-lang', 'en']);
  expect(result.status, result.stderr).toBe(0);
  return tmx;
}

function available(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** `.ci/run` sets TMKIT_REQUIRE_TOOLS=1: there a missing tool fails the test; elsewhere the test is skipped, saying why. */
function needTool(context: TestContext, command: string, debianPackage: string): void {
  if (available(command)) return;
  const reason = `${command} not found: install the Debian package ${debianPackage}`;
  if (process.env.TMKIT_REQUIRE_TOOLS === '1') throw new Error(`${reason} (TMKIT_REQUIRE_TOOLS=1 makes this test mandatory)`);
  console.warn(`skipped: ${reason}`);
  context.skip(reason);
}

describe('TMX interoperability', () => {
  it('is read by translate-toolkit (pocount)', (context) => {
    needTool(context, 'pocount', 'translate-toolkit');
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-pocount-'));
    const result = spawnSync('pocount', [tmxOfSample(dir)], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Translated:\s+22\b/);
  });

  it('gives exact matches in OmegaT (console-translate with the TMX in tm/auto)', (context) => {
    needTool(context, 'omegat', 'omegat');
    const project = mkdtempSync(path.join(tmpdir(), 'tmkit-omegat-'));
    for (const folder of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary']) mkdirSync(path.join(project, folder), { recursive: true });
    const tmx = tmxOfSample(project);
    writeFileSync(path.join(project, 'tm/auto/talks.tmx'), readFileSync(tmx));
    writeFileSync(path.join(project, 'source/visit.txt'), '当晚，习近平同金正恩茶叙，并设宴款待金正恩。\n');
    writeFileSync(
      path.join(project, 'omegat.project'),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><source_dir_excludes/><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>zh-CN</source_lang><target_lang>en</target_lang>
<source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok><target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
`,
    );
    const result = spawnSync('omegat', ['--mode=console-translate', project], { encoding: 'utf8', timeout: 170_000, env: { ...process.env, HOME: project } });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'target/visit.txt'), 'utf8').trim()).toBe('On Thursday evening, Xi had a chat over tea with Kim and hosted a banquet in his honor.');
  }, 180_000);
});
