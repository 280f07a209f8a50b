/** Mobile numbers of mainland China, or a landline with area code. */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;

/** Digits only (spaces, dashes, +86 removed), or null when it is not a phone number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null;
}

/** 138****5678 for mobiles; the area code and the last four for landlines. */
export function maskPhone(phone: string): string {
  if (MOBILE.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `${phone.slice(0, phone.length - 8)}****${phone.slice(-4)}`;
}

/** 120103********1234: the region and the last four. */
export const maskIdNumber = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
