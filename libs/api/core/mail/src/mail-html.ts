import type { MailContent, MailLocale, MailRenderContext } from './mail-template';

/** A string that is already HTML; html`` keeps it as it is, everything else gets escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Tagged template for HTML fragments: every interpolated value is escaped unless it is
 * SafeHtml (the result of another html``); arrays are joined. `html\`<p>${name}</p>\``.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += toHtml(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function toHtml(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  return escapeHtml(value);
}

/** Only absolute http(s) links go into mails (no javascript:, data: or relative URLs). */
export function assertMailLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Mail link "${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Mail link "${url}" must use http or https`);
  }
  return parsed.toString();
}

/** A button-like link; the HTML version also shows the raw URL as text, the text version only the URL. */
export interface MailAction {
  kind: 'action';
  label: string;
  url: string;
}

/** Smaller print under the main text, e.g. "the link is valid for 24 hours". */
export interface MailNote {
  kind: 'note';
  text: string;
}

/** A paragraph (plain text; line breaks are kept), an action or a note. */
export type MailBlock = string | MailAction | MailNote;

export const mailAction = (label: string, url: string): MailAction => ({ kind: 'action', label, url });
export const mailNote = (text: string): MailNote => ({ kind: 'note', text });

export interface MailLayout {
  locale: MailLocale;
  subject: string;
  /** Preview text mail clients show after the subject; hidden in the message itself. */
  preheader?: string;
  blocks: MailBlock[];
}

const LAYOUT_TEXT: Record<MailLocale, { fallback: string; automatic: string }> = {
  de: {
    fallback: 'Falls der Button nicht funktioniert, öffnen Sie diese Adresse in Ihrem Browser:',
    automatic: 'Diese Nachricht wurde automatisch von Knotenpunkt verschickt. Antworten auf diese Adresse werden nicht gelesen.',
  },
  en: {
    fallback: 'If the button does not work, open this address in your browser:',
    automatic: 'This message was sent automatically by Knotenpunkt. Replies to this address are not read.',
  },
};

const FONT = new SafeHtml("font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif");

/**
 * The one layout of every Knotenpunkt mail: the same blocks as plain text and as simple,
 * accessible HTML (lang attribute, real text, one column, WCAG AA contrast, no images). Every
 * value is escaped; links must be absolute http(s) URLs.
 */
export function composeMail(layout: MailLayout, ctx?: MailRenderContext): MailContent {
  const words = LAYOUT_TEXT[layout.locale];
  const subject = layout.subject.replace(/\s+/g, ' ').trim();
  const blocks = layout.blocks.map((block) =>
    typeof block === 'string' || block.kind !== 'action' ? block : { ...block, url: assertMailLink(block.url) },
  );
  const home = ctx ? assertMailLink(ctx.publicBaseUrl) : undefined;

  const textParts = blocks.map((block) => {
    if (typeof block === 'string') return block;
    if (block.kind === 'note') return block.text;
    return `${block.label}:\n${block.url}`;
  });
  const text = [...textParts, `-- \n${words.automatic}${home ? `\nKnotenpunkt: ${home}` : ''}`].join('\n\n') + '\n';

  const paragraph = (value: string, style: string) =>
    html`<p style="margin:0 0 16px;${style}">${value.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`;
  const body = blocks.map((block, i) => {
    const separator = i === 0 ? '' : '\n';
    if (typeof block === 'string') return html`${separator}${paragraph(block, '')}`;
    if (block.kind === 'note') return html`${separator}${paragraph(block.text, 'font-size:14px;color:#4b5563;')}`;
    return html`${separator}<p style="margin:24px 0 8px;"><a href="${block.url}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${block.label}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4b5563;">${words.fallback}<br><a href="${block.url}" style="color:#1d4ed8;word-break:break-all;">${block.url}</a></p>`;
  });

  const document = html`<!DOCTYPE html>
<html lang="${layout.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
${layout.preheader ? html`<div style="display:none;max-height:0;overflow:hidden;">${layout.preheader}</div>\n` : ''}<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:24px 28px;${FONT};font-size:16px;line-height:1.5;color:#1f2937;">
<p style="margin:0 0 24px;font-size:18px;font-weight:bold;color:#111827;">Knotenpunkt</p>
${body}
</td></tr>
</table>
<p style="margin:16px 0 0;max-width:600px;${FONT};font-size:13px;line-height:1.5;color:#4b5563;">${words.automatic}${home ? html`<br><a href="${home}" style="color:#1d4ed8;">${home}</a>` : ''}</p>
</td></tr>
</table>
</body>
</html>
`;
  return { subject, text, html: document.value };
}
