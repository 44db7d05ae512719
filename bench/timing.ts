/** Timing requests through the app for the benches: samples after a warm-up, and a checked answer. */

export type Timed = { samples: number[] };

export async function measure(
  times: number,
  warmup: number,
  fn: (index: number) => Promise<void>,
): Promise<Timed> {
  for (let index = 0; index < warmup; index += 1) await fn(index);
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await fn(warmup + index);
    samples.push(performance.now() - started);
  }
  return { samples };
}

export async function expectOk(response: Response, status = 200) {
  const text = await response.text();
  if (response.status !== status) throw new Error(`status ${response.status}: ${text.slice(0, 300)}`);
  return text;
}
