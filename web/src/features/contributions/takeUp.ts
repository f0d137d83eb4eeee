// The take-up assumption: the slider shows a percentage (60%), the API takes the share of the
// uncovered eligible expected to join as a fraction (0.6).
export function takeUpForApi(percent: number): number {
  return Math.round(percent) / 100;
}
