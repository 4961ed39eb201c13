import { composeMail, escapeHtml, html, mailAction, mailNote } from './mail-html';

describe('escapeHtml and html``', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('escapes every interpolated value, keeps nested html`` and joins arrays', () => {
    const name = '<script>alert("x")</script>';
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner}${['<i>', html`<i>`]}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b>&lt;i&gt;<i></p>',
    );
  });
});

describe('composeMail', () => {
  const hostile = '"><img src=x onerror=alert(1)> & </p>';
  const link = 'https://knotenpunkt.example/konto/bestaetigen?token=a"b<c>&x=1';

  const mail = composeMail(
    {
      locale: 'de',
      subject: `Hallo ${hostile}`,
      preheader: hostile,
      blocks: [`Erste Zeile ${hostile}\nzweite Zeile`, mailAction(`Bestätigen ${hostile}`, link), mailNote(hostile)],
    },
    { publicBaseUrl: 'https://knotenpunkt.example' },
  );

  it('never lets an interpolated value become markup', () => {
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('onerror=alert(1)>');
    expect(mail.html).not.toContain('</p>"');
    expect(mail.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/p&gt;');
    // The URL is percent-encoded by URL parsing, so it cannot leave its attribute either.
    expect(mail.html).toContain('href="https://knotenpunkt.example/konto/bestaetigen?token=a%22b%3Cc%3E&amp;x=1"');
  });

  it('is a simple accessible document: lang, title, presentation tables, real link text', () => {
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="de" dir="ltr">/);
    expect(mail.html).toContain('<title>Hallo &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/p&gt;</title>');
    expect(mail.html.match(/<table /g)?.length).toBe(2);
    expect(mail.html.match(/<table role="presentation"/g)?.length).toBe(2);
    expect(mail.html).toContain('>Bestätigen &quot;&gt;&lt;img');
  });

  it('shows the action as a button and the raw URL as text, in HTML and plain text', () => {
    const encoded = 'https://knotenpunkt.example/konto/bestaetigen?token=a%22b%3Cc%3E&x=1';
    expect(mail.html.split(`href="${encoded.replace('&', '&amp;')}"`).length - 1).toBe(2);
    expect(mail.html).toContain('Falls der Button nicht funktioniert, öffnen Sie diese Adresse in Ihrem Browser:');
    expect(mail.html).toContain(`>${encoded.replace('&', '&amp;')}</a>`);
    expect(mail.text).toContain(`Bestätigen ${hostile}:\n${encoded}\n`);
  });

  it('keeps line breaks (<br> in HTML), and the text part is plain', () => {
    expect(mail.html).toContain('Erste Zeile &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/p&gt;<br>zweite Zeile');
    expect(mail.text.startsWith(`Erste Zeile ${hostile}\nzweite Zeile\n\n`)).toBe(true);
    expect(mail.text).toContain('-- \nDiese Nachricht wurde automatisch von Knotenpunkt verschickt.');
  });

  it('puts the subject on one line', () => {
    expect(composeMail({ locale: 'en', subject: 'a\r\nBcc: x@example.org', blocks: [] }).subject).toBe('a Bcc: x@example.org');
  });

  it('refuses links that are not absolute http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'mailto:x@example.org']) {
      expect(() => composeMail({ locale: 'en', subject: 's', blocks: [mailAction('Go', url)] })).toThrow(/Mail link/);
    }
  });
});
