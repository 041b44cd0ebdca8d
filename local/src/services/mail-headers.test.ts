// Tests for reading a raw message's header section.
import { describe, expect, it } from 'vitest';
import { parseHeaderSection } from './mail-headers';

describe('parseHeaderSection', () => {
  it('unfolds continuation lines, decodes encoded words and stops at the body', () => {
    // Prepare
    const raw = [
      'Subject: =?UTF-8?Q?Caf=C3=A9?=',
      ' =?UTF-8?Q?_night?=',
      'List-Unsubscribe: <https://h.example/u?token=abc>,',
      '\t<mailto:u@h.example>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      '',
      'Body-Line: not a header',
    ].join('\r\n');

    // Act
    const headers = parseHeaderSection(Buffer.from(raw));

    // Assess
    expect(headers).toEqual([
      { name: 'Subject', value: 'Café night' },
      { name: 'List-Unsubscribe', value: '<https://h.example/u?token=abc>, <mailto:u@h.example>' },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
  });
});
