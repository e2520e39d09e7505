import { execFile } from 'node:child_process';
import path from 'node:path';

/** The text of a PDF as a PDF parser (pdf.js, through pdf-parse) reads it, and its number of pages, for a test to look for what a document states. */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    // The script is not compiled: it stays in src/, whether this runs from src/ or dist/.
    const child = execFile(process.execPath, [path.resolve(__dirname, '../src/pdf-text.mjs')], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the PDF could not be read: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as { text: string; pages: number });
    });
    child.stdin!.end(pdf);
  });
}
