import { spreadsheetText } from './spreadsheet-text';

describe('text as a spreadsheet cell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点击")', `'=HYPERLINK("http://evil.example","点击")`],
    ['+86 412 555', `'+86 412 555`],
    ['-1', `'-1`],
    ['@cmd', `'@cmd`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
  ])('neutralises %j, which would start a formula', (text, neutral) => {
    expect(spreadsheetText(text)).toBe(neutral);
  });

  it.each(['鞍山创客空间', 'a=b', 'Maker-Hub', ' =1', ''])('leaves %j as it is', (text) => {
    expect(spreadsheetText(text)).toBe(text);
  });
});
