// Prints the text of the PDF read from standard input, as pdf.js extracts it, and its number of
// pages, as JSON.
// Run in a process of its own: pdf.js loads its worker by a dynamic import, which Jest's module
// sandbox does not allow.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const { text, total } = await parser.getText();
  process.stdout.write(JSON.stringify({ text, pages: total }));
} finally {
  await parser.destroy();
}
