/**
 * What makes a spreadsheet program read a cell as a formula rather than as text: `=`, `+`, `-`
 * or `@` at its start, or a tab or carriage return before one (OWASP, "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet shows it and never runs it: a cell that would start a formula gets a
 * leading apostrophe, which spreadsheet programs read as "this cell is text". A space named
 * `=HYPERLINK("…")` reaches the bureau's spreadsheet as that name, not as a link.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
