/**
 * How many times slower one thing is than another, from timings taken in pairs (each run of one
 * right beside a run of the other, so both saw the same state of the machine): the geometric mean
 * of the paired ratios, with its 95% confidence interval, a t-interval over their logarithms. A
 * goal counts as met only when the whole interval is within it, and as missed only when the whole
 * interval is past it; otherwise the runs cannot tell.
 */
export function pairedRatio(measured, baseline) {
  const logs = measured.map((value, i) => Math.log(value / baseline[i]));
  const n = logs.length;
  const mean = logs.reduce((sum, x) => sum + x, 0) / n;
  if (n < 3) return { ratio: Math.exp(mean), low: Number.NaN, high: Number.NaN };
  const sd = Math.sqrt(logs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  const half = (tCritical(n - 1) * sd) / Math.sqrt(n);
  return { ratio: Math.exp(mean), low: Math.exp(mean - half), high: Math.exp(mean + half) };
}

/** Student's t at 97.5% for `df` degrees of freedom, by its expansion about the normal: within 0.5% from df = 5. */
function tCritical(df) {
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/** `within`, `over`, or that these runs cannot tell, for a ratio against a goal it must not pass. */
export function ratioVerdict({ low, high }, goal) {
  if (high <= goal) return 'within';
  if (low > goal) return 'over';
  return 'not clear from these runs';
}
