/**
 * The check digit (検査数字) of a 全国地方公共団体コード. The rule is 総務省's: multiply the
 * first five digits by 6, 5, 4, 3, 2, add the products, divide by 11, and take the last digit
 * of 11 minus the remainder. A 5-digit code (JIS X 0402) is the 6-digit code without it.
 */

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** The check digit for a 5-digit code, or undefined when the text is not five ASCII digits. */
export function checkDigitOf(code5: string): number | undefined {
  if (!/^\d{5}$/.test(code5)) return undefined;
  let sum = 0;
  for (let index = 0; index < 5; index += 1) sum += Number(code5[index]) * WEIGHTS[index]!;
  return (11 - (sum % 11)) % 10;
}

/** Whether `code` is six ASCII digits whose last digit is the check digit of the first five. */
export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return checkDigitOf(code.slice(0, 5)) === Number(code[5]);
}

/** The 6-digit code for a 5-digit one. */
export function withCheckDigit(code5: string): string | undefined {
  const digit = checkDigitOf(code5);
  return digit === undefined ? undefined : `${code5}${digit}`;
}
