import fc from 'fast-check';
import { aValidUscc } from '../testing/fixtures';
import { usccCheckCharacter, validateUscc } from './uscc';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DIGITS = '0123456789';

/** The first 17 characters of a well-formed code: 2 characters, a 6-digit division, 9 characters. */
const first17 = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 2, maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 6, maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 9, maxLength: 9 }),
  )
  .map((parts) => parts.join(''));

const validCode = first17.map((head) => head + usccCheckCharacter(head));

describe('GB 32100-2015 unified social credit code', () => {
  it('accepts the example code of the standard', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({
      valid: true,
      divisionCode: '350100',
      registeredInCity: false,
    });
  });

  it('reads characters 3-8 as the division and recognises an Anshan registration', () => {
    expect(validateUscc(aValidUscc('210302'))).toEqual({ valid: true, divisionCode: '210302', registeredInCity: true });
    expect(validateUscc(aValidUscc('210381'))).toMatchObject({ registeredInCity: true });
    expect(validateUscc(aValidUscc('210100'))).toMatchObject({ valid: true, registeredInCity: false });
  });

  it('checks the city prefix it is given', () => {
    expect(validateUscc(aValidUscc('210100'), '2101')).toMatchObject({ registeredInCity: true });
  });

  it('rejects a code of the wrong length, saying so', () => {
    const result = validateUscc('91210302MA0Y4Q2X5');
    expect(result).toEqual({
      valid: false,
      reason: {
        zh: '统一社会信用代码应为18位,实际为17位',
        en: 'A unified social credit code has 18 characters, this one has 17',
      },
    });
  });

  it.each([
    ['I', 10],
    ['O', 12],
    ['S', 18],
    ['V', 9],
    ['Z', 11],
    ['m', 9],
  ])('rejects the letter %s at position %i, naming the position', (character, position) => {
    const code = aValidUscc();
    const bad = code.slice(0, position - 1) + character + code.slice(position);
    const result = validateUscc(bad);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason.en).toContain(`'${character}' at position ${position} is not allowed`);
  });

  it('rejects a letter in the division code (positions 3-8)', () => {
    const result = validateUscc('91A10302MA0Y4Q2X5' + '0');
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason.en).toContain('position 3 must be a digit');
  });

  it('rejects a wrong check character, naming the expected one', () => {
    const code = aValidUscc();
    const expected = code[17];
    const wrong = expected === '0' ? '1' : '0';
    const result = validateUscc(code.slice(0, 17) + wrong);
    expect(result).toEqual({
      valid: false,
      reason: {
        zh: `校验码错误:第18位应为${expected},实际为${wrong}`,
        en: `Checksum mismatch: check character expected ${expected}, found ${wrong}`,
      },
    });
  });

  it('maps the check value through the character set, 0 to 0 and 30 to Y', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91210302MA0Y4Q2XD')).toBe('0');
    expect(usccCheckCharacter('91210302MA0Y4Q2XP')).toBe('Y');
  });

  it('computes check characters only for 17 allowed characters', () => {
    expect(() => usccCheckCharacter('91350100M000100Y')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91350100M000100YI')).toThrow(RangeError);
  });

  it('accepts every generated code with its check character', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateUscc(code)).toMatchObject({ valid: true, divisionCode: code.slice(2, 8) });
      }),
    );
  });

  it('rejects every code with any one character changed', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.constantFrom(...CHARSET, 'I', 'O', 'a', '-'), (code, index, replacement) => {
        fc.pre(code[index] !== replacement);
        const changed = code.slice(0, index) + replacement + code.slice(index + 1);
        expect(validateUscc(changed).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
