import { z } from 'zod';
import { composeMail, mailAction, mailNote } from './mail-html';
import { defineMailTemplate } from './mail-template';
import { MailParamsError, MailTemplateError, MailTemplateRegistry } from './mail-template.registry';

/** The example of how a context writes a template (the real ones live in their contexts). */
const invitation = defineMailTemplate({
  name: 'example.invitation',
  params: z.object({
    organisation: z.string().min(1).max(200),
    inviterName: z.string().min(1).max(200),
    link: z.url({ protocol: /^https?$/ }),
    expiresInDays: z.number().int().positive(),
  }),
  render: (p, locale, ctx) =>
    locale === 'de'
      ? composeMail(
          {
            locale,
            subject: `Einladung zu ${p.organisation} auf Knotenpunkt`,
            preheader: `${p.inviterName} lädt Sie ein.`,
            blocks: [
              'Guten Tag,',
              `${p.inviterName} lädt Sie ein, bei ${p.organisation} auf Knotenpunkt mitzuarbeiten. Dort finden Koordinator*innen, Träger und Initiativen zueinander.`,
              mailAction('Einladung annehmen', p.link),
              mailNote(`Der Link gilt ${p.expiresInDays} Tage. Falls Sie die Einladung nicht erwartet haben, können Sie diese Nachricht ignorieren.`),
            ],
          },
          ctx,
        )
      : composeMail(
          {
            locale,
            subject: `Invitation to ${p.organisation} on Knotenpunkt`,
            preheader: `${p.inviterName} invites you.`,
            blocks: [
              'Hello,',
              `${p.inviterName} invites you to join ${p.organisation} on Knotenpunkt.`,
              mailAction('Accept the invitation', p.link),
              mailNote(`The link is valid for ${p.expiresInDays} days. If you did not expect this invitation, you can ignore this message.`),
            ],
          },
          ctx,
        ),
});

const ctx = { publicBaseUrl: 'https://knotenpunkt.example' };
const params = {
  organisation: 'Netzwerk <Integration> & "Teilhabe"',
  inviterName: 'Ayşe Demir',
  link: 'https://knotenpunkt.example/einladung?token=abc&lang=de',
  expiresInDays: 7,
};

describe('an example template', () => {
  it('renders German with gender-inclusive wording, an action link and the raw URL in the text part', () => {
    const mail = invitation.render(params, 'de', ctx);
    expect(mail.subject).toBe('Einladung zu Netzwerk <Integration> & "Teilhabe" auf Knotenpunkt');
    expect(mail.text).toContain('Koordinator*innen');
    expect(mail.text).toContain('Einladung annehmen:\nhttps://knotenpunkt.example/einladung?token=abc&lang=de');
    expect(mail.text).toContain('Knotenpunkt: https://knotenpunkt.example/');
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="de" dir="ltr">/);
  });

  it('renders English', () => {
    const mail = invitation.render(params, 'en', ctx);
    expect(mail.subject).toBe('Invitation to Netzwerk <Integration> & "Teilhabe" on Knotenpunkt');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
    expect(mail.html).toContain('If the button does not work, open this address in your browser:');
  });

  it('is rendered the same way twice (pure: a retried job sends the same mail)', () => {
    expect(invitation.render(params, 'de', ctx)).toEqual(invitation.render(params, 'de', ctx));
  });
});

describe('MailTemplateRegistry', () => {
  it('finds registered templates and refuses a name registered twice', () => {
    const registry = new MailTemplateRegistry();
    registry.register([invitation]);
    expect(registry.get('example.invitation')).toBe(invitation);
    expect(registry.names()).toEqual(['example.invitation']);
    expect(() => registry.register([invitation])).toThrow(new MailTemplateError('Mail template "example.invitation" is registered twice'));
  });

  it('refuses badly formed names and names unknown templates with the registered ones', () => {
    const registry = new MailTemplateRegistry();
    expect(() => registry.register([{ ...invitation, name: 'Invitation' }])).toThrow(/must look like "<context>.<mailName>"/);
    registry.register([invitation]);
    expect(() => registry.get('example.nope')).toThrow('Mail template "example.nope" is not registered in this process (registered: example.invitation)');
  });

  it('validates params and names every wrong field', () => {
    const registry = new MailTemplateRegistry();
    registry.register([invitation]);
    expect(registry.parseParams('example.invitation', params)).toEqual(params);
    expect.assertions(4);
    try {
      registry.parseParams('example.invitation', { ...params, link: 'javascript:alert(1)', expiresInDays: '7', inviterName: undefined });
    } catch (error) {
      expect(error).toBeInstanceOf(MailParamsError);
      const issues = (error as MailParamsError).issues;
      expect(issues.map((i) => i.split(':')[0])).toEqual(['inviterName', 'link', 'expiresInDays']);
      expect((error as Error).message).toMatch(/^Invalid params for mail template "example.invitation": inviterName: .*; link: .*; expiresInDays: /);
    }
  });
});
