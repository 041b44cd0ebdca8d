// util.matches: Java Pattern.matches (whole input) on a JS RegExp. Translates the Java-only syntax that
// common patterns use: \Q…\E quoting, possessive quantifiers, atomic groups, \A \z \Z, POSIX \p{…} classes,
// a leading (?i)/(?s)/(?m) flag group, and escapes of punctuation that a JS `u` pattern would reject.

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F', Space: ' \\t\\n\\x0B\\f\\r',
};
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

function escapeLiteral(ch: string, inClass: boolean): string {
  if (SYNTAX.has(ch) || (inClass && ch === '-')) return `\\${ch}`;
  return ch;
}

function translate(pattern: string): { source: string; flags: string } {
  let flags = 'u';
  let i = 0;
  const lead = /^\(\?([imsx]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]) if (f !== 'x' && !flags.includes(f)) flags += f;
    i = lead[0].length;
  }
  let out = '';
  let inClass = false;
  let afterQuantifier = false;
  while (i < pattern.length) {
    const ch = pattern[i];
    const quantifierBefore = afterQuantifier;
    afterQuantifier = false;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const quoted = pattern.slice(i + 2, end === -1 ? undefined : end);
        for (const q of quoted) out += escapeLiteral(q, inClass);
        i = end === -1 ? pattern.length : end + 2;
        continue;
      }
      if (next === 'A') { out += '^'; i += 2; continue; }
      if (next === 'z' || next === 'Z') { out += '$'; i += 2; continue; }
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') {
        const close = pattern.indexOf('}', i + 3);
        const name = pattern.slice(i + 3, close).replace(/^Is/, '');
        const posix = POSIX[name];
        if (posix) {
          const negate = next === 'P';
          out += inClass ? (negate ? '' : posix) : `[${negate ? '^' : ''}${posix}]`;
        } else out += `\\${next}{${name}}`;
        i = close + 1;
        continue;
      }
      if (next !== undefined && !/[a-zA-Z0-9]/.test(next)) {
        out += escapeLiteral(next, inClass);
        i += 2;
        continue;
      }
      out += ch + (next ?? '');
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      i++;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === '^') { out += '^'; i++; }
      if (pattern[i + 1] === ']') { out += '\\]'; i++; }
      i++;
      continue;
    }
    if (ch === '(' && pattern.startsWith('(?>', i)) { out += '(?:'; i += 3; continue; }
    // Possessive quantifiers have no JS form; greedy matches the same strings for whole-input matching in practice.
    if (ch === '+' && quantifierBefore) { i++; continue; }
    afterQuantifier = ch === '*' || ch === '+' || ch === '?' || ch === '}';
    out += ch;
    i++;
  }
  return { source: out, flags };
}

const cache = new Map<string, RegExp>();

export function javaMatches(pattern: string, value: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    const { source, flags } = translate(String(pattern));
    try {
      regex = new RegExp(`^(?:${source})$`, flags);
    } catch (error) {
      throw new SyntaxError(`invalid pattern ${JSON.stringify(pattern)}: ${(error as Error).message}`);
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(String(value));
}
