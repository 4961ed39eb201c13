/**
 * True when the mail system refused this very message or recipient for good (a 5xx reply to
 * RCPT TO or DATA), so retrying cannot help. Connection, TLS and authentication problems are
 * never permanent here: they are configuration or outages, and the mail should wait for a fix.
 */
export function isPermanentSmtpRejection(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, responseCode, permanent } = error as { code?: unknown; responseCode?: unknown; permanent?: unknown };
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return false;
  if (typeof permanent === 'boolean') return permanent;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && responseCode !== 503;
}

/** The error as stored in mail_outbox.last_error: one line, bounded, without credentials. */
export function describeSendError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode].filter((p) => p !== undefined && p !== null).map(String);
  const message = String(e?.message ?? error)
    .replace(/[a-z][a-z0-9+.-]*:\/\/[^\s/@]+@/gi, (m) => m.replace(/\/\/[^\s/@]+@/, '//***@'))
    .replace(/\s+/g, ' ')
    .trim();
  return [parts.join(' '), message].filter(Boolean).join(': ').slice(0, 1000);
}

/** Deterministic Message-ID "<mailId@host>" (host of PUBLIC_BASE_URL): duplicates are recognisable. */
export function messageIdFor(mailId: string, publicBaseUrl: string): string {
  return `<${mailId}@${new URL(publicBaseUrl).hostname}>`;
}
