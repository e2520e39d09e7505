// A local SMTP sink for the local stack and tests: accepts every message on SMTP_PORT, keeps it as
// a .eml file under $STACK_DATA/mail and lists what it holds as JSON on http://127.0.0.1:SMTP_HTTP_PORT/messages.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const dir = path.join(process.env.STACK_DATA, 'mail');
fs.mkdirSync(dir, { recursive: true });

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.eml`);
      const meta = { from: session.envelope.mailFrom && session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) };
      fs.writeFileSync(file, Buffer.concat(chunks));
      fs.writeFileSync(`${file}.json`, JSON.stringify(meta));
      done();
    });
  },
});
smtp.listen(Number(process.env.SMTP_PORT), '127.0.0.1', () => console.log(`smtp sink on 127.0.0.1:${process.env.SMTP_PORT}`));

http
  .createServer((req, res) => {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    const messages = files.map((f) => ({
      file: f,
      ...JSON.parse(fs.readFileSync(path.join(dir, `${f}.json`), 'utf8')),
      raw: fs.readFileSync(path.join(dir, f), 'utf8'),
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(messages));
  })
  .listen(Number(process.env.SMTP_HTTP_PORT), '127.0.0.1');

for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => smtp.close(() => process.exit(0)));
