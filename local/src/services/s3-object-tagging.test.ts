// Tests for S3 tag-set documents: what S3 accepts is read as its tags, what it refuses gets S3's error code.
import { describe, expect, it } from 'vitest';
import { parseTagging, taggingDocument } from './s3-object-tagging';

const doc = (tags: string) => `<Tagging><TagSet>${tags}</TagSet></Tagging>`;
const tag = (key: string, value: string) => `<Tag><Key>${key}</Key><Value>${value}</Value></Tag>`;

describe('parseTagging', () => {
  it.each([
    ['one tag', doc(tag('herald-upload', 'pending')), [{ key: 'herald-upload', value: 'pending' }]],
    ['an empty set', '<Tagging><TagSet/></Tagging>', []],
    [
      'a declaration, the S3 namespace, indentation and Value before Key',
      `<?xml version="1.0" encoding="UTF-8"?>\n<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\n  <TagSet>\n    <Tag><Value>b</Value><Key>a</Key></Tag>\n  </TagSet>\n</Tagging>\n`,
      [{ key: 'a', value: 'b' }],
    ],
    ['entities, spaces kept as given, and an empty value', doc(tag(' Projekt Größe ', '') + tag('a&#x2F;b', '&#61;')), [
      { key: ' Projekt Größe ', value: '' },
      { key: 'a/b', value: '=' },
    ]],
    ['ten tags', doc(Array.from({ length: 10 }, (_, i) => tag(`k${i}`, `v${i}`)).join('')), Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }))],
  ])('reads %s', (_case, xml, tags) => {
    // Act
    const verdict = parseTagging(xml);

    // Assess
    expect(verdict).toEqual({ ok: true, tags });
  });

  it.each([
    ['text that is not XML', 'herald-upload=pending', 'MalformedXML'],
    ['an unclosed element', '<Tagging><TagSet>', 'MalformedXML'],
    ['crossed elements', '<Tagging><TagSet></Tagging></TagSet>', 'MalformedXML'],
    ['another root', '<Tags><TagSet/></Tags>', 'MalformedXML'],
    ['no TagSet', '<Tagging/>', 'MalformedXML'],
    ['two TagSets', '<Tagging><TagSet/><TagSet/></Tagging>', 'MalformedXML'],
    ['a Tag without a Value', doc('<Tag><Key>a</Key></Tag>'), 'MalformedXML'],
    ['an unknown element', doc('<Tag><Key>a</Key><Value>b</Value><Note>c</Note></Tag>'), 'MalformedXML'],
    ['stray text', doc(`x${tag('a', 'b')}`), 'MalformedXML'],
    ['an unknown entity', doc(tag('a', '&nbsp;')), 'MalformedXML'],
    ['a bare ampersand', doc(tag('a', 'b&c')), 'MalformedXML'],
    ['eleven tags', doc(Array.from({ length: 11 }, (_, i) => tag(`k${i}`, 'v')).join('')), 'InvalidTag'],
    ['a duplicate key', doc(tag('a', '1') + tag('a', '2')), 'InvalidTag'],
    ['an empty key', doc(tag('', 'v')), 'InvalidTag'],
    ['a 129-character key', doc(tag('k'.repeat(129), 'v')), 'InvalidTag'],
    ['a 257-character value', doc(tag('k', 'v'.repeat(257))), 'InvalidTag'],
    ['a character tags may not hold', doc(tag('a', 'b;c')), 'InvalidTag'],
    ['a key in the reserved aws: namespace', doc(tag('aws:cloudformation', 'v')), 'InvalidTag'],
  ])('refuses %s with %s', (_case, xml, code) => {
    // Act
    const verdict = parseTagging(xml);

    // Assess
    expect(verdict).toMatchObject({ ok: false, status: 400, code });
  });
});

describe('taggingDocument', () => {
  it('writes a document parseTagging reads back as the same tags', () => {
    // Prepare
    const tags = [
      { key: 'herald-upload', value: 'pending' },
      { key: 'a b', value: '' },
    ];

    // Act
    const xml = taggingDocument(tags);

    // Assess
    expect(xml).toBe(`<Tagging><TagSet>${tag('herald-upload', 'pending')}${tag('a b', '')}</TagSet></Tagging>`);
    expect(parseTagging(xml)).toEqual({ ok: true, tags });
  });
});
