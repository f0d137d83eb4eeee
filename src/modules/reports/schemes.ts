// The schemes of the steering-committee report, in the order of the national form, with their
// Vietnamese names (full for headings, short for columns and sheet names).
export const REPORT_SCHEMES = ['HI', 'SI', 'SI_COMPULSORY', 'SI_VOLUNTARY', 'UI'] as const;
export type ReportScheme = (typeof REPORT_SCHEMES)[number];

export const SCHEME_NAMES: Record<ReportScheme, { full: string; short: string }> = {
  HI: { full: 'Bảo hiểm y tế (BHYT)', short: 'BHYT' },
  SI: { full: 'Bảo hiểm xã hội (BHXH)', short: 'BHXH' },
  SI_COMPULSORY: { full: 'BHXH bắt buộc', short: 'BHXH bắt buộc' },
  SI_VOLUNTARY: { full: 'BHXH tự nguyện', short: 'BHXH tự nguyện' },
  UI: { full: 'Bảo hiểm thất nghiệp (BHTN)', short: 'BHTN' },
};

export function isReportScheme(text: string): text is ReportScheme {
  return (REPORT_SCHEMES as readonly string[]).includes(text);
}

/** The chosen schemes in the form's order, each once; all of them when none is chosen. */
export function orderSchemes(chosen: readonly ReportScheme[] | undefined): ReportScheme[] {
  if (!chosen || chosen.length === 0) return [...REPORT_SCHEMES];
  return REPORT_SCHEMES.filter((s) => chosen.includes(s));
}
