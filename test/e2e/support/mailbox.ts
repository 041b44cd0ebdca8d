// Reads the SES stand-in's mailbox (outputs.mailboxUrl) and waits for a message, polling the HTTP list.
export interface Mail {
  to: string | string[];
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string | string[]>;
}

function recipients(mail: Mail): string[] {
  return (Array.isArray(mail.to) ? mail.to : [mail.to]).map((to) => String(to).toLowerCase());
}

export async function readMailbox(mailboxUrl: string): Promise<Mail[]> {
  const response = await fetch(mailboxUrl, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`mailbox answered ${response.status}`);
  return (await response.json()) as Mail[];
}

/** The first mail to `address` whose subject matches; rejects after `timeoutMs` saying what did arrive. */
export async function waitForMail(mailboxUrl: string, address: string, subject: RegExp, timeoutMs: number): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  let seen: Mail[] = [];
  while (Date.now() < deadline) {
    seen = await readMailbox(mailboxUrl).catch(() => seen);
    const found = seen.find((mail) => recipients(mail).some((to) => to.includes(address.toLowerCase())) && subject.test(mail.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const subjects = seen.map((mail) => `${recipients(mail).join(',')}: ${mail.subject}`);
  throw new Error(`no mail to ${address} matching ${subject} within ${timeoutMs} ms; mailbox has ${subjects.length ? subjects.join(' | ') : 'nothing'}`);
}

/** Every http(s) link in a mail's text and HTML. */
export function linksIn(mail: Mail): string[] {
  const text = `${mail.text ?? ''}\n${(mail.html ?? '').replace(/&amp;/g, '&')}`;
  return [...new Set(text.match(/https?:\/\/[^\s"'<>]+/g) ?? [])];
}

export function header(mail: Mail, name: string): string | undefined {
  const entry = Object.entries(mail.headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
  return entry ? String(entry[1]) : undefined;
}
