// Shared helpers for benchmarks: timing, medians and percentiles, and the result shape.
export interface Target {
  name: string;
  ok: boolean;
  detail: string;
}

export interface BenchResult {
  figures: Record<string, number | string>;
  targets: Target[];
}

export interface BenchModule {
  title: string;
  run(): Promise<BenchResult>;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Run `fn` `times` times (after `warmup` untimed runs) and return each duration in ms. */
export async function timeEach(fn: () => unknown | Promise<unknown>, times: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

export function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}
