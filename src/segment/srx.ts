/**
 * SRX 2.0 (Segmentation Rules eXchange): language rules chosen by map rules (all matching maps
 * when `cascade="yes"`, the first otherwise); at each position the first rule whose
 * `beforebreak` matches the text before it and whose `afterbreak` matches the text after it
 * decides whether the position is a break.
 */
import { InputError } from '../errors.js';
import { attr, childElements, escapeText, localName, parseXml, textContent, type XmlElement } from '../xml/xml.js';
import { AMBIGUOUS, PREFIXES, TITLES } from './abbreviations.js';

export interface SrxRule {
  break: boolean;
  before: string;
  after: string;
  pattern: RegExp;
}

export interface SrxRules {
  cascade: boolean;
  languageRules: Map<string, SrxRule[]>;
  maps: Array<{ pattern: RegExp; rulesName: string }>;
}

export function parseSrx(xml: string, fileName?: string): SrxRules {
  const root = parseXml(xml, { fileName }).root;
  const where = (element: XmlElement) => ({ file: fileName, line: element.line, column: element.column });
  if (localName(root.name) !== 'srx') throw new InputError(`not an SRX file: the root element is <${root.name}>, not <srx>`, where(root));
  const header = childElements(root, 'header')[0];
  const body = childElements(root, 'body')[0];
  if (!body) throw new InputError('not an SRX file: <srx> has no <body>', where(root));
  const languageRules = new Map<string, SrxRule[]>();
  for (const group of childElements(body, 'languagerules')) {
    for (const rule of childElements(group, 'languagerule')) {
      const name = attr(rule, 'languagerulename');
      if (!name) throw new InputError('<languagerule> has no languagerulename', where(rule));
      languageRules.set(name, childElements(rule, 'rule').map((element) => compileRule(element, where(element))));
    }
  }
  const maps = childElements(body, 'maprules').flatMap((group) =>
    childElements(group, 'languagemap').map((map) => {
      const rulesName = attr(map, 'languagerulename');
      const pattern = attr(map, 'languagepattern');
      if (!rulesName || pattern === undefined) throw new InputError('<languagemap> needs languagepattern and languagerulename', where(map));
      if (!languageRules.has(rulesName)) throw new InputError(`<languagemap> names an unknown language rule "${rulesName}"`, where(map));
      return { pattern: compile(`^(?:${pattern})$`, '', where(map)), rulesName };
    }),
  );
  return { cascade: header ? attr(header, 'cascade') !== 'no' : true, languageRules, maps };
}

function compileRule(element: XmlElement, where: { file?: string; line: number; column: number }): SrxRule {
  const beforeElement = childElements(element, 'beforebreak')[0];
  const afterElement = childElements(element, 'afterbreak')[0];
  const before = beforeElement ? textContent(beforeElement) : '';
  const after = afterElement ? textContent(afterElement) : '';
  return { break: attr(element, 'break') !== 'no', before, after, pattern: compile(`(?:${before})(?=${after})`, 'g', where) };
}

/** SRX patterns are ICU/Java expressions; the common subset is JavaScript's too. */
function compile(source: string, flags: string, where: { file?: string; line: number; column: number }): RegExp {
  try {
    return new RegExp(source, `${flags}u`);
  } catch {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      throw new InputError(`invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`, where);
    }
  }
}

/** The rules that apply to a language code, in order. */
export function rulesFor(rules: SrxRules, lang: string): SrxRule[] {
  const applying: SrxRule[] = [];
  for (const map of rules.maps) {
    if (!map.pattern.test(lang)) continue;
    applying.push(...(rules.languageRules.get(map.rulesName) ?? []));
    if (!rules.cascade) break;
  }
  return applying;
}

/** Break offsets in one line of text. */
export function applySrx(rules: SrxRules, lang: string, line: string): number[] {
  const decided = new Map<number, boolean>();
  for (const rule of rulesFor(rules, lang)) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(line); match; match = rule.pattern.exec(line)) {
      const position = match.index + match[0].length;
      // Restart one past the match start, not its end: matches of one rule may overlap.
      rule.pattern.lastIndex = match.index + 1;
      if (position > 0 && position < line.length && !decided.has(position)) decided.set(position, rule.break);
    }
  }
  return [...decided].filter(([, isBreak]) => isBreak).map(([position]) => position).sort((a, b) => a - b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The built-in rules written as SRX 2.0, for CAT tools that take SRX. */
export function exportSrx(): string {
  // Spelled out in each case rather than with (?i), which JavaScript expressions lack.
  const abbreviations = [...new Set([...TITLES, ...PREFIXES, ...AMBIGUOUS])]
    .sort()
    .flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])
    .map(escapeRegExp)
    .join('|');
  const rule = (isBreak: boolean, before: string, after: string) =>
    `        <rule break="${isBreak ? 'yes' : 'no'}">\n          <beforebreak>${escapeText(before)}</beforebreak>\n          <afterbreak>${escapeText(after)}</afterbreak>\n        </rule>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<srx xmlns="http://www.lisa.org/srx20" version="2.0">',
    '  <header segmentsubflows="yes" cascade="yes"/>',
    '  <body>',
    '    <languagerules>',
    '      <languagerule languagerulename="English">',
    rule(false, `\\b(?:${abbreviations})\\.`, '\\s'),
    rule(false, '\\b[A-Z]\\.', '\\s[A-Z]'),
    rule(false, '[.!?…]+["\'”’)\\]]*', '\\s+[a-z]'),
    rule(true, '[.!?…]+["\'”’)\\]]*', '\\s'),
    '      </languagerule>',
    '      <languagerule languagerulename="Chinese">',
    rule(false, '《[^》]*[！？。]', ''),
    rule(true, '[。！？]+[”’」』）》]*', ''),
    rule(true, '……[”’」』）》]*', '[^”’」』）》]'),
    '      </languagerule>',
    '    </languagerules>',
    '    <maprules>',
    '      <languagemap languagepattern="[Ee][Nn].*" languagerulename="English"/>',
    '      <languagemap languagepattern="[Zz][Hh].*" languagerulename="Chinese"/>',
    '    </maprules>',
    '  </body>',
    '</srx>',
    '',
  ].join('\n');
}
