import { pushTo } from '../../collections.js';
import { compileTermbase } from '../../terms/matcher.js';
import { dictionaryWords } from '../../terms/dictionary.js';
import { learnOffices, type TitleMention, titleCase } from '../../terms/titles.js';
import { unitTermIssues } from '../../terms/unit-terms.js';
import type { CheckedUnit, Rule, RuleContext } from '../rule.js';

/** Office titles written before a name: "Foreign Minister Choe Son Hui", "Premier Li Qiang". */
const TITLED_NAME =
  /\b((?:(?:Vice|Deputy|Acting|Former|Assistant|Prime|Foreign|Defense|Defence|Finance|Trade|State|Party)\s+)*(?:Minister|Premier|President|Chairman|Chairwoman|Secretary|Ambassador|Governor|Mayor|Senator|Chancellor|Spokesperson|Spokesman|Councilor|Councillor))\s+((?:[A-Z][\p{L}'-]+\s?){1,3})/gu;

export const rule: Rule = {
  meta: {
    id: 'title-mismatch',
    type: 'terminology',
    defaultSeverity: 'error',
    description: "A person's official title differs from the source or the termbase, or changes between mentions.",
    needsTermbase: false,
    messageIds: ['differsFromSource', 'changes'],
  },
  check(context) {
    if (context.termbase) checkAgainstTermbase(context);
    checkMentions(context);
    checkLearnedOffices(context);
  },
};

/**
 * 外长 in the source needs "Foreign Minister" in the target, not "Vice Foreign Minister" or
 * "Premier": reported only where the title found differs from every approved title of the concept.
 */
function checkAgainstTermbase(context: RuleContext): void {
  const compiled = compileTermbase(context.termbase!);
  for (const unit of context.units) {
    if (!unit.hasTarget || unit.target.trim() === '') continue;
    for (const issue of unitTermIssues(compiled, unit.source, unit.target, context.dictionary)) {
      if (issue.type === 'other-title') report(context, unit, issue.found!, issue.expected, issue.source, issue.start!);
    }
  }
}

function report(context: RuleContext, unit: CheckedUnit, found: string, expected: string, source: string, offset: number): void {
  context.report({ unit, messageId: 'differsFromSource', data: { found, expected, source }, source, expected, found, offset });
}

/** The same person called "Foreign Minister" in one place and "Vice Foreign Minister" in another. */
function checkMentions(context: RuleContext): void {
  const mentions = new Map<string, Array<{ unit: CheckedUnit; title: string; offset: number }>>();
  for (const unit of context.units) {
    if (!unit.hasTarget) continue;
    for (const match of unit.target.matchAll(TITLED_NAME)) {
      const name = match[2].trim().replace(/['’]s$/, '');
      pushTo(mentions, name, { unit, title: match[1], offset: match.index! });
    }
  }
  for (const [name, list] of mentions) {
    const counts = new Map<string, number>();
    for (const { title } of list) counts.set(title, (counts.get(title) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [majority] = [...counts].sort((a, b) => b[1] - a[1])[0];
    for (const { unit, title, offset } of list) {
      if (title === majority || !conflicting(title, majority)) continue;
      context.report({ unit, messageId: 'changes', data: { name, found: title, expected: majority }, expected: majority, found: title, offset });
    }
  }
}

/** "Vice Foreign Minister" against "Foreign Minister", "Defense Minister" against "Foreign Minister"; not "President" against "General Secretary". */
function conflicting(a: string, b: string): boolean {
  const head = (title: string) => title.split(/\s+/).pop()!.toLowerCase();
  return head(a) === head(b);
}

/**
 * Without a termbase, the rendering of an office is learned from the units that name it: 委员长 is
 * "Chairman" in most of them, so a unit that has "Vice President" for it, and no source word that
 * explains that title, changes the title.
 */
function checkLearnedOffices(context: RuleContext): void {
  const { dictionary } = context;
  if (!dictionary) return;
  const covered = context.termbase ? compileTermbase(context.termbase).coversSource : () => false;
  const units = context.units.filter((unit) => unit.hasTarget && unit.target.trim() !== '');
  const { offices, titles, usual } = learnOffices(units, dictionary, covered);
  units.forEach((unit, index) => {
    for (const word of new Set(offices[index].map(({ word }) => word))) {
      const office = usual.get(word);
      if (!office || titles[index].some((title) => title.office === office)) continue;
      const explained = (title: TitleMention) =>
        offices[index].some((other) => other.word !== word && usual.get(other.word) === title.office) ||
        dictionaryWords(dictionary, unit.source).some(({ word: other }) => other !== word && (dictionary.senses(other) ?? []).some((sense) => sense.toLowerCase().includes(title.office)));
      const other = titles[index].find((title) => !explained(title));
      if (!other) continue;
      const expected = titleCase(office);
      context.report({ unit, messageId: 'changes', data: { name: word, found: other.text, expected }, source: word, expected, found: other.text, offset: other.start });
    }
  });
}
