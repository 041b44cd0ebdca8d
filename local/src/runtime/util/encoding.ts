// util.base64*, util.url*, util.escapeJavaScript: string encodings with the Java semantics AppSync uses
// (URLEncoder form encoding, commons-lang JavaScript escaping).

export function base64Encode(value: string): string {
  return Buffer.from(String(value), 'utf8').toString('base64');
}

export function base64Decode(value: string): string {
  return Buffer.from(String(value), 'base64').toString('utf8');
}

/** java.net.URLEncoder: keeps A-Z a-z 0-9 . - * _, turns space into +, percent-encodes the rest as UTF-8. */
export function urlEncode(value: string): string {
  return encodeURIComponent(String(value))
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

export function urlDecode(value: string): string {
  return decodeURIComponent(String(value).replace(/\+/g, ' '));
}

const SHORT_ESCAPES: Record<string, string> = {
  '\b': '\\b', '\n': '\\n', '\t': '\\t', '\f': '\\f', '\r': '\\r',
  "'": "\\'", '"': '\\"', '\\': '\\\\', '/': '\\/',
};

/** commons-lang StringEscapeUtils.escapeJavaScript: short escapes, then \uXXXX (upper-case hex) outside ASCII. */
export function escapeJavaScript(value: string): string {
  let out = '';
  for (const ch of String(value)) {
    const code = ch.charCodeAt(0);
    if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || code > 0x7f) {
      for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}
