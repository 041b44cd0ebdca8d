// S3 object tag sets as XML Tagging documents (the POST form's `tagging` field, PutObjectTagging's body): parsed and
// checked the way S3 does (MalformedXML, InvalidTag), and written back as the document s3rver stores.

export type Tag = { key: string; value: string };
export type TaggingVerdict = { ok: true; tags: Tag[] } | { ok: false; status: 400; code: 'MalformedXML' | 'InvalidTag'; message: string };

type Element = { name: string; children: Element[]; text: string };

// S3's object-tag limits (user guide, "Categorizing your storage using tags").
const MAX_TAGS = 10;
const MAX_KEY_CHARS = 128;
const MAX_VALUE_CHARS = 256;
/** Letters, digits and white space in any script, and + - = . _ : / @. */
const TAG_CHARS = /^[\p{L}\p{N}\p{Z}+\-=._:/@]*$/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const malformed = (): TaggingVerdict => ({
  ok: false,
  status: 400,
  code: 'MalformedXML',
  message: 'The XML you provided was not well-formed or did not validate against our published schema',
});
const invalidTag = (message: string): TaggingVerdict => ({ ok: false, status: 400, code: 'InvalidTag', message });

function decodeText(raw: string): string | undefined {
  if (raw.includes('<')) return undefined;
  let bad = false;
  const text = raw.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+))?;?/gi, (whole, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (!whole.endsWith(';')) bad = true;
    else if (code !== undefined && code <= 0x10ffff) return String.fromCodePoint(code);
    else if (name && Object.hasOwn(ENTITIES, name)) return ENTITIES[name];
    else bad = true;
    return whole;
  });
  return bad ? undefined : text;
}

/** Elements and text, and a namespace on the root only: all a Tagging document can hold. */
function parseXml(xml: string): Element | undefined {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^?]*\?>)?/, '').trim();
  const tag = /<(\/?)([A-Za-z][\w.-]*)(\s+xmlns\s*=\s*(?:"[^"<]*"|'[^'<]*'))?\s*(\/?)>/g;
  const root: Element = { name: '', children: [], text: '' };
  const open: Element[] = [root];
  let at = 0;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [whole, closing, name, namespace, selfClosing] = match;
    const text = decodeText(body.slice(at, match.index));
    if (text === undefined) return undefined;
    open[open.length - 1].text += text;
    at = match.index + whole.length;
    if (closing) {
      if (namespace || selfClosing || open.length < 2 || open.pop()!.name !== name) return undefined;
      continue;
    }
    if (namespace && open.length > 1) return undefined;
    const element: Element = { name, children: [], text: '' };
    open[open.length - 1].children.push(element);
    if (!selfClosing) open.push(element);
  }
  if (at !== body.length || open.length !== 1 || root.children.length !== 1 || root.text) return undefined;
  return root.children[0];
}

/** The only child elements allowed, each at most once unless `repeat`; text only in leaves. */
function childrenOf(element: Element, allowed: string[], repeat = false): Element[] | undefined {
  if (element.children.some((child) => !allowed.includes(child.name)) || element.text.trim()) return undefined;
  if (!repeat && new Set(element.children.map((child) => child.name)).size !== element.children.length) return undefined;
  return element.children;
}

export function parseTagging(xml: string): TaggingVerdict {
  const root = parseXml(xml);
  if (!root || root.name !== 'Tagging') return malformed();
  const sets = childrenOf(root, ['TagSet']);
  if (!sets || sets.length !== 1) return malformed();
  const entries = childrenOf(sets[0], ['Tag'], true);
  if (!entries) return malformed();
  const tags: Tag[] = [];
  for (const entry of entries) {
    const parts = childrenOf(entry, ['Key', 'Value']);
    const key = parts?.find((part) => part.name === 'Key');
    const value = parts?.find((part) => part.name === 'Value');
    if (!key || !value || key.children.length || value.children.length) return malformed();
    tags.push({ key: key.text, value: value.text });
  }
  if (tags.length > MAX_TAGS) return invalidTag(`Object tags cannot be greater than ${MAX_TAGS}`);
  for (const { key, value } of tags) {
    const keyChars = [...key].length;
    if (keyChars < 1 || keyChars > MAX_KEY_CHARS || !TAG_CHARS.test(key)) return invalidTag(`The TagKey you have provided is invalid: ${key}`);
    if ([...value].length > MAX_VALUE_CHARS || !TAG_CHARS.test(value)) return invalidTag(`The TagValue you have provided is invalid: ${value}`);
    if (key.toLowerCase().startsWith('aws:')) return invalidTag('Your TagKey cannot be prefixed with aws:');
  }
  if (new Set(tags.map(({ key }) => key)).size !== tags.length) return invalidTag('Cannot provide multiple Tags with the same key');
  return { ok: true, tags };
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function taggingDocument(tags: readonly Tag[]): string {
  const set = tags.map(({ key, value }) => `<Tag><Key>${escapeXml(key)}</Key><Value>${escapeXml(value)}</Value></Tag>`).join('');
  return `<Tagging><TagSet>${set}</TagSet></Tagging>`;
}
