// Amounts as people read them in notes and messages: digits grouped per language.

/** 46800000 → '46,800,000' (English) or '46.800.000' (Vietnamese). */
export const groupDigits = (amount: number, separator: ',' | '.'): string =>
  String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
