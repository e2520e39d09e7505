// Prints the text of the PDF read from standard input, page by page, as pdf.js extracts it.
// Run in a process of its own: pdf.js loads its worker by a dynamic import, which Jest's module
// sandbox does not allow.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  process.stdout.write((await parser.getText()).text);
} finally {
  await parser.destroy();
}
