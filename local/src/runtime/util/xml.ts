// util.xml: XML → object / JSON string. AppSync documents only its two examples (numbers become numbers, repeated
// siblings an array); the rest follows Java's org.json XML.toJSONObject, which those examples match [U]: attributes
// become keys, text beside them goes under `content`, empty elements are "", and values are coerced like org.json's.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'content',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay strings here and are coerced below: the parser's own rules differ from org.json's.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric character references too (&#65;); DIVERGENCE [U]: HTML names such as &nbsp; are decoded as well.
  htmlEntities: true,
});

const DECIMAL = /^-?\d+(\.\d*)?([eE][+-]?\d+)?$/;

/** org.json's stringToValue: true/false/null in any case, and decimals without leading zeros, become values. */
function coerce(text: string): unknown {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (DECIMAL.test(text) && !/^-?0\d/.test(text)) return Number(text);
  return text;
}

function coerceAll(value: unknown): unknown {
  if (typeof value === 'string') return coerce(value);
  if (Array.isArray(value)) return value.map(coerceAll);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, coerceAll(v)]));
  return value;
}

export function xmlToMap(xml: unknown): Record<string, unknown> {
  const text = xml === null || xml === undefined ? '' : String(xml);
  // Like org.json, text outside any element is skipped and several top-level elements are all kept.
  if (!text.includes('<')) return {};
  const verdict = XMLValidator.validate(text);
  if (verdict !== true && verdict.err.msg !== 'Multiple possible root nodes found.') {
    throw new Error(`util.xml: the XML is not well-formed: ${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col ?? 1})`);
  }
  return coerceAll(parser.parse(text)) as Record<string, unknown>;
}

export function xmlToJsonString(xml: unknown, stringEncode?: unknown): string {
  const json = JSON.stringify(xmlToMap(xml));
  return stringEncode === true ? JSON.stringify(json) : json;
}
