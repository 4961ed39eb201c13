import { createTransport } from 'nodemailer';
import { startSmtpSink } from './smtp-sink';

describe('startSmtpSink', () => {
  it('receives and parses mails, and can reject the first ones', async () => {
    const sink = await startSmtpSink({ rejectFirst: 1 });
    const transport = createTransport(sink.url);
    try {
      const message = { from: 'a@example.org', to: 'b@example.org', subject: 'Grüße', text: 'Hallo https://k.example/x', html: '<p>Hallo</p>' };
      await expect(transport.sendMail(message)).rejects.toMatchObject({ responseCode: 451 });
      const waiting = sink.waitFor((mail) => mail.subject === 'Grüße', 5000);
      await transport.sendMail(message);
      const mail = await waiting;
      expect(mail.text?.trim()).toBe('Hallo https://k.example/x');
      expect(mail.html).toContain('<p>Hallo</p>');
      expect(sink.mails).toHaveLength(1);
      expect(sink.rejected()).toBe(1);
      await expect(sink.waitFor((m) => m.subject === 'nie', 100)).rejects.toThrow('No matching mail within 100 ms (1 received)');
    } finally {
      transport.close();
      await sink.stop();
    }
  });
});
