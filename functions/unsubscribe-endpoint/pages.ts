// The HTML the unsubscribe endpoint answers with. GET only ever shows a confirmation form (link scanners
// prefetch GETs); the form POSTs the same one-click body a mail client sends (RFC 8058).
import { escapeHtml } from '../lib/html';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.4rem">${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function confirmPage(actionUrl: string, email: string | undefined): string {
  const who = email ? `<strong>${escapeHtml(email)}</strong>` : 'this address';
  return page(
    'Unsubscribe from Herald announcements?',
    `<p>${who} will no longer receive emails about new events. Registration and cancellation notices still arrive.</p>` +
      `<form method="post" action="${escapeHtml(actionUrl)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
  );
}

export function donePage(email: string): string {
  return page('You are unsubscribed', `<p><strong>${escapeHtml(email)}</strong> will not receive any more announcements. You can sign up again at any time.</p>`);
}

export function unknownPage(): string {
  return page('This unsubscribe link is not valid', '<p>Nothing was changed. If you keep receiving announcements, use the link in the most recent one.</p>');
}
