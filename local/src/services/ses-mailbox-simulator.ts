// The SES mailbox simulator's addresses (success, bounce, ooto, complaint, suppressionlist @simulator.amazonses.com,
// each also with a `+label`), what happens to mail sent to them, and the out-of-office reply ooto@ sends back.
import type { MailHeader } from './mail-headers';

export type SimulatorScenario = 'success' | 'bounce' | 'ooto' | 'complaint' | 'suppressionlist';

const SCENARIOS: readonly string[] = ['success', 'bounce', 'ooto', 'complaint', 'suppressionlist'];

/** The scenario of a bare address, or undefined for any address the simulator does not host. */
export function simulatorScenario(address: string): SimulatorScenario | undefined {
  // Labels (`bounce+anything@`) let one scenario stand for many distinct recipients, as SES documents.
  const match = /^([a-z]+)(?:\+[^@]*)?@simulator\.amazonses\.com$/i.exec(address.trim());
  const name = match?.[1].toLowerCase();
  return name !== undefined && SCENARIOS.includes(name) ? (name as SimulatorScenario) : undefined;
}

export type AutoReply = { from: string; to: string; subject: string; text: string; headers: MailHeader[] };

/** The bare address of `Name <a@b>` or `a@b`. */
export function bareAddress(mailbox: string): string {
  return (/<([^<>]+)>/.exec(mailbox)?.[1] ?? mailbox).trim();
}

/**
 * The RFC 3834 auto-reply an ooto@ recipient sends: to the Return-Path of the mail, else its envelope sender.
 * `original` is the mail's own headers; `source` its envelope sender.
 */
export function outOfOfficeReply(recipient: string, source: string, original: readonly MailHeader[]): AutoReply {
  const header = (name: string) => original.find((h) => h.name.toLowerCase() === name)?.value;
  const to = bareAddress(header('return-path') ?? source);
  const subject = header('subject') ?? '';
  const messageId = header('message-id');
  const threading = messageId ? [{ name: 'In-Reply-To', value: messageId }, { name: 'References', value: messageId }] : [];
  return {
    from: recipient,
    to,
    subject: `Auto: ${subject}`.trim(),
    text: `${recipient} is out of the office and will read your message later.\n\n(Automatic reply of the SES mailbox simulator, local stand-in.)`,
    headers: [{ name: 'Auto-Submitted', value: 'auto-replied' }, ...threading],
  };
}
