import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';
import { codePointName, encodingProblem, firstIllegalChar, isLegalCodePoint } from '../xml/legal-text.js';
import { positionAt } from '../text-position.js';

/**
 * A SAX parser for the streaming readers, as safe as `parseXml`: a well-formedness error, or a
 * DTD that declares entities, is an input error at the parser's position. `fail` raises one
 * there too, or at a given place.
 */
export function streamingParser(fileName: string) {
  const parser = new SaxesParser({ xmlns: false, position: true, fileName });
  const fail = (reason: string, line = parser.line, column = parser.column + 1): never => {
    throw new InputError(reason, { file: fileName, line, column });
  };
  parser.on('error', (error) => fail(`not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`));
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('not well-formed XML: the DTD declares entities; entity declarations are refused (external entities and entity expansion are never processed)');
  });
  let first = true;
  /**
   * Writes a piece of the text to the parser, refusing first what every reader refuses in the same
   * words: an encoding declaration tmkit does not read, a character reference to a character XML forbids.
   */
  const write = (chunk: string) => {
    if (first) {
      first = false;
      const declared = /^\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(chunk);
      const refused = declared ? encodingProblem(declared[1] ?? declared[2]) : undefined;
      if (refused) fail(`not well-formed XML: ${refused}`, 1, 1);
    }
    const failAt = (offset: number, reason: string) => {
      const { line, column } = positionAt(chunk, offset, { line: parser.line, column: parser.column + 1 });
      fail(`not well-formed XML: ${reason}`, line, column);
    };
    const illegal = firstIllegalChar(chunk);
    if (illegal !== -1) failAt(illegal, `character ${codePointName(chunk, illegal)} is not allowed in XML`);
    for (const reference of chunk.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
      const code = reference[1].startsWith('x') ? parseInt(reference[1].slice(1), 16) : Number(reference[1]);
      if (!isLegalCodePoint(code)) failAt(reference.index, `invalid character reference ${reference[0]}`);
    }
    parser.write(chunk);
  };
  return { parser, fail, write };
}
