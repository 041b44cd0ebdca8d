// Tests for util.xml: AppSync's two documented examples exactly, then the org.json-like rules for what the docs
// leave open (attributes, `content`, empty elements, value coercion, entities), and refusal of broken XML.
import { describe, expect, it } from 'vitest';
import { xmlToJsonString, xmlToMap } from './xml';

const ONE_POST = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
</posts>`;
const TWO_POSTS = ONE_POST.replace('</posts>', '<post>\n  <id>2</id>\n  <title>Getting started with AWS AppSync</title>\n</post>\n</posts>');

describe('xmlToMap', () => {
  it('converts the documented examples: numbers as numbers, one child as an object, repeated children as an array', () => {
    // Act
    const one = xmlToMap(ONE_POST);
    const two = xmlToMap(TWO_POSTS);

    // Assess
    expect(one).toEqual({ posts: { post: { id: 1, title: 'Getting started with GraphQL' } } });
    expect(two).toEqual({
      posts: {
        post: [
          { id: 1, title: 'Getting started with GraphQL' },
          { id: 2, title: 'Getting started with AWS AppSync' },
        ],
      },
    });
  });

  it('keeps attributes as keys, puts text beside them under content, and turns empty elements into ""', () => {
    // Act
    const value = xmlToMap('<item sku="007" qty="3">Lamp<note/><size></size><pad>   </pad></item>');

    // Assess
    expect(value).toEqual({ item: { sku: '007', qty: 3, content: 'Lamp', note: '', size: '', pad: '' } });
  });

  it('coerces like org.json: booleans and null in any case, decimals; leading zeros, hex and signs stay text', () => {
    // Act
    const value = xmlToMap('<v><a>TRUE</a><b>false</b><c>Null</c><d>-2.50</d><e>1e3</e><f>0.5</f><g>0x1F</g><h>+1</h><i>.5</i><j>00</j><k>0</k></v>');

    // Assess
    expect(value).toEqual({ v: { a: true, b: false, c: null, d: -2.5, e: 1000, f: 0.5, g: '0x1F', h: '+1', i: '.5', j: '00', k: 0 } });
  });

  it('decodes entities and CDATA, drops comments and processing instructions, trims text', () => {
    // Act
    const value = xmlToMap('<?xml version="1.0"?><?style x?><!-- note --><a><b>  &lt;tag&gt; &amp; &#65;&#x42;  </b><c><![CDATA[<raw> & 1]]></c></a>');

    // Assess
    expect(value).toEqual({ a: { b: '<tag> & AB', c: '<raw> & 1' } });
  });

  it('keeps several top-level elements and answers {} for input without elements', () => {
    // Act / Assess
    expect(xmlToMap('<a>1</a><b>two</b>')).toEqual({ a: 1, b: 'two' });
    expect(xmlToMap('')).toEqual({});
    expect(xmlToMap('plain text')).toEqual({});
    expect(xmlToMap(null)).toEqual({});
  });

  it('refuses XML that is not well-formed, saying where', () => {
    // Act / Assess
    expect(() => xmlToMap('<a><b>1</a>')).toThrow(/^util\.xml: the XML is not well-formed: Expected closing tag 'b' .* \(line 1, column \d+\)$/);
    expect(() => xmlToMap('<a flag>1</a>')).toThrow(/not well-formed/);
  });
});

describe('xmlToJsonString', () => {
  it('returns the JSON text, or that text string-encoded when asked', () => {
    // Act
    const plain = xmlToJsonString('<a><b>1</b></a>');
    const encoded = xmlToJsonString('<a><b>1</b></a>', true);

    // Assess
    expect(plain).toBe('{"a":{"b":1}}');
    expect(encoded).toBe('"{\\"a\\":{\\"b\\":1}}"');
    expect(xmlToJsonString('<a><b>1</b></a>', false)).toBe(plain);
  });
});
