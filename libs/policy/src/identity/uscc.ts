import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { LocalizedText } from '../text/localized-text';

// GB 32100-2015 统一社会信用代码: 18 characters; 1 registration authority, 2 organisation type,
// 3-8 division code of the registering authority (GB/T 2260), 9-17 organisation code, 18 check.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const LENGTH = 18;
const DIVISION_START = 2;
const DIVISION_END = 8;

export type UsccValidation =
  { readonly valid: true; readonly divisionCode: string; readonly registeredInCity: boolean } | { readonly valid: false; readonly reason: LocalizedText };

/** Character code → value in the character set, -1 for characters the standard does not allow. */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let value = 0; value < CHARSET.length; value += 1) VALUE_OF[CHARSET.charCodeAt(value)] = value;

function valueOf(code: string, index: number): number {
  const charCode = code.charCodeAt(index);
  return charCode < 128 ? VALUE_OF[charCode] : -1;
}

/** The check character (18th) for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== LENGTH - 1) {
    throw new RangeError(`Expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let index = 0; index < LENGTH - 1; index += 1) {
    const value = valueOf(first17, index);
    if (value < 0) {
      throw new RangeError(`Character ${JSON.stringify(first17[index])} at position ${index + 1} is not allowed`);
    }
    sum += value * WEIGHTS[index];
  }
  return CHARSET[checkValueOf(sum)];
}

/** GB 32100-2015: the check value makes the weighted sum of all 18 values a multiple of 31. */
function checkValueOf(weightedSum: number): number {
  return (31 - (weightedSum % 31)) % 31;
}

/**
 * Validates a unified social credit code. `registeredInCity` tells whether its division code starts
 * with the city's prefix (e.g. '2103' for Anshan): evidence, not proof, of registration there.
 */
export function validateUscc(code: string, cityDivisionPrefix: string = ANSHAN_2020.jurisdiction.registrationDivisionPrefix): UsccValidation {
  if (code.length !== LENGTH) {
    return invalid(`统一社会信用代码应为18位,实际为${code.length}位`, `A unified social credit code has 18 characters, this one has ${code.length}`);
  }
  let sum = 0;
  for (let index = 0; index < LENGTH; index += 1) {
    const value = valueOf(code, index);
    if (value < 0) {
      return invalid(
        `第${index + 1}位字符“${code[index]}”不允许(只允许0-9及除I、O、S、V、Z外的大写字母)`,
        `Character '${code[index]}' at position ${index + 1} is not allowed (0-9 and capital letters except I, O, S, V, Z)`,
      );
    }
    if (value > 9 && index >= DIVISION_START && index < DIVISION_END) {
      return invalid(
        `第${index + 1}位应为数字(第3至8位为登记管理机关行政区划码)`,
        `Character '${code[index]}' at position ${index + 1} must be a digit (positions 3-8 are the division code)`,
      );
    }
    if (index < LENGTH - 1) sum += value * WEIGHTS[index];
  }
  const expected = CHARSET[checkValueOf(sum)];
  if (code[LENGTH - 1] !== expected) {
    return invalid(
      `校验码错误:第18位应为${expected},实际为${code[LENGTH - 1]}`,
      `Checksum mismatch: check character expected ${expected}, found ${code[LENGTH - 1]}`,
    );
  }
  const divisionCode = code.slice(DIVISION_START, DIVISION_END);
  return { valid: true, divisionCode, registeredInCity: divisionCode.startsWith(cityDivisionPrefix) };
}

function invalid(zh: string, en: string): UsccValidation {
  return { valid: false, reason: { zh, en } };
}
