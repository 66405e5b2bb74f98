import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';

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
  return { parser, fail };
}
