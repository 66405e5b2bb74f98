import { pushTo } from '../../collections.js';
import { compileTermbase } from '../../terms/matcher.js';
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
    for (const issue of unitTermIssues(compiled, unit.source, unit.target)) {
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
