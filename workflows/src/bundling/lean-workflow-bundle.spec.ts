import { withoutSourcesContent } from './lean-workflow-bundle';

const inlineMap = (map: object) => `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
const mapOf = (code: string) => JSON.parse(Buffer.from(/base64,([A-Za-z0-9+/=]+)\s*$/.exec(code)![1], 'base64').toString('utf8'));

describe('withoutSourcesContent', () => {
  const map = { version: 3, file: 'bundle.js', sources: ['webpack://x/./a.ts'], sourcesContent: ['export const a = 1;\n'], names: [], mappings: 'AAAA;AACA' };

  it('drops the text of the sources and keeps the code and every mapping', () => {
    const code = `var a = 1;\nvar b = 2;\n${inlineMap(map)}`;
    const lean = withoutSourcesContent(code);
    expect(lean.startsWith('var a = 1;\nvar b = 2;\n//# sourceMappingURL=data:application/json;base64,')).toBe(true);
    expect(mapOf(lean)).toEqual({ version: 3, file: 'bundle.js', sources: ['webpack://x/./a.ts'], names: [], mappings: 'AAAA;AACA' });
  });

  it('leaves a bundle without an inline map as it is', () => {
    expect(withoutSourcesContent('var a = 1;\n')).toBe('var a = 1;\n');
  });
});
