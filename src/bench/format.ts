/** Number and column formatting shared by the report sections. */
export const fixed = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
export const col = (s: string | number, n: number) => String(s).padEnd(n);
export const num = (s: string | number, n: number) => String(s).padStart(n);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
