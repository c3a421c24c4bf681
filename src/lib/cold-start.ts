/**
 * The serverless cold-start simulator's engine.
 *
 * Requests arrive in bursts: bursts follow a Poisson process with rate λ/b, and each burst brings b
 * requests at the same instant, so the mean rate is λ requests per second and b = 1 is a smooth
 * Poisson stream. Each sandbox instance serves one request at a time (as a function-as-a-service
 * platform does). A request that finds an idle, still-warm instance runs at once (warm start); if
 * none is free it starts a new instance and waits for its start-up (cold start). An instance that
 * stays idle for the keep-warm time is shut down. Among idle warm instances the most recently used
 * one is chosen. Latency = start-up time (cold only) + execution time; there is no queueing.
 *
 * Everything is deterministic for a given seed (mulberry32).
 */
import { exponential, mulberry32 } from './prng';
import { checkValues, withLabels, type NumberLimits, type RequiredNumberRule } from './number-input';
import { fill } from '../i18n/format';
import { COLD_START_EN, type ColdStartMessages } from '../i18n/demos/cold-start';

export interface ColdStartInput {
  /** Mean request rate, requests per second. */
  rate: number;
  /** Requests per burst (1 = smooth Poisson arrivals). */
  burst: number;
  /** How long an idle instance is kept warm, seconds. */
  keepWarmS: number;
  /** Sandbox start-up time, milliseconds. */
  startupMs: number;
  /** Execution time of one request, milliseconds. */
  execMs: number;
  /** Simulated time, seconds. */
  durationS: number;
  /** PRNG seed, shown to the reader as the run number. */
  seed: number;
}

/** Most requests one run may simulate (keeps the widget responsive). */
export const MAX_REQUESTS = 20_000;

/** The illustrative workload the widget starts from; the start-up time comes from the chosen sandbox. */
export const COLD_START_WORKLOAD: Omit<ColdStartInput, 'startupMs'> = { rate: 0.2, burst: 1, keepWarmS: 10, execMs: 100, durationS: 300, seed: 1 };

const W = COLD_START_WORKLOAD;
/** The fields' limits; their names (and the unit that is a word) are in the catalogue (src/i18n/demos/cold-start.ts). */
export const COLD_START_LIMITS: Record<keyof ColdStartInput, NumberLimits & { optional?: false }> = {
  rate: { min: 0, exclusiveMin: true, max: 1000, example: W.rate },
  burst: { min: 1, max: 100, integer: true, example: W.burst },
  keepWarmS: { min: 0, max: 86_400, unit: 's', example: W.keepWarmS },
  startupMs: { min: 0, max: 600_000, unit: 'ms' },
  execMs: { min: 0, exclusiveMin: true, max: 600_000, unit: 'ms', example: W.execMs },
  durationS: { min: 0, exclusiveMin: true, max: 86_400, unit: 's', example: W.durationS },
  seed: { min: 0, max: 4_294_967_295, integer: true, example: W.seed },
};

/** The rules with the fields' English names, for the server's and the tests' checks. */
export function coldStartRules(): Record<keyof ColdStartInput, RequiredNumberRule> {
  return withLabels(COLD_START_LIMITS, COLD_START_EN.fields, COLD_START_EN.units);
}

/** A request's arrival, in seconds from the start. */
export type Arrivals = readonly number[];

/** Arrival times for the input's rate, burst size, duration and seed, in order. */
export function generateArrivals(input: Pick<ColdStartInput, 'rate' | 'burst' | 'durationS' | 'seed'>): number[] {
  const random = mulberry32(input.seed);
  const burstRate = input.rate / input.burst;
  const out: number[] = [];
  let t = exponential(random, burstRate);
  while (t < input.durationS) {
    for (let i = 0; i < input.burst; i++) out.push(t);
    if (out.length > MAX_REQUESTS) throw new RangeError(`more than ${MAX_REQUESTS} requests`);
    t += exponential(random, burstRate);
  }
  return out;
}

export interface RequestOutcome {
  arrival: number;
  cold: boolean;
  instance: number;
  /** Seconds from arrival to completion. */
  latency: number;
}

export interface InstanceLife {
  id: number;
  /** When the instance began starting up. */
  created: number;
  /** When start-up finished (= created + start-up). */
  ready: number;
  /** Intervals [start, end) during which it served a request. */
  busy: [number, number][];
  /** When it was shut down for staying idle too long (busy end + keep-warm). */
  expired: number;
}

export interface ColdStartResult {
  requests: RequestOutcome[];
  instances: InstanceLife[];
  cold: number;
  /** cold / requests, 0 when there were no requests. */
  coldShare: number;
  /** Latency percentiles in seconds (nearest rank); null with no requests. */
  p50: number | null;
  p99: number | null;
  /** Most instances alive (starting, busy or warm) at once. */
  peakInstances: number;
}

/**
 * Serve arrivals (seconds, ascending) with the given timings. Pure and deterministic: with the same
 * arrivals it always gives the same result. An instance free at time f is warm for t with f ≤ t < f + keep-warm.
 */
export function serve(arrivals: Arrivals, timing: Pick<ColdStartInput, 'keepWarmS' | 'startupMs' | 'execMs'>): ColdStartResult {
  const startup = timing.startupMs / 1000;
  const exec = timing.execMs / 1000;
  const keep = timing.keepWarmS;
  type Live = InstanceLife & { freeAt: number };
  const instances: Live[] = [];
  // Busy instances, soonest free first (ties: higher id first, so the lowest id ends on top of idle).
  const busy = new MinHeap<Live>((a, b) => a.freeAt - b.freeAt || b.id - a.id);
  // Idle instances in the order they became free: the top is the most recently used. An instance
  // below a cold top is colder still, so when the top has expired the whole stack has.
  let idle: Live[] = [];
  const requests: RequestOutcome[] = [];
  let last = -Infinity;

  for (const t of arrivals) {
    if (!(t >= last)) throw new Error('arrivals must be in ascending order');
    last = t;
    while (busy.size && (busy.peek() as Live).freeAt <= t) idle.push(busy.pop() as Live);
    const top = idle[idle.length - 1];
    if (top && t < top.freeAt + keep) {
      idle.pop();
      top.busy.push([t, t + exec]);
      top.freeAt = t + exec;
      top.expired = top.freeAt + keep;
      busy.push(top);
      requests.push({ arrival: t, cold: false, instance: top.id, latency: exec });
    } else {
      idle = [];
      const id = instances.length;
      const ready = t + startup;
      const inst: Live = { id, created: t, ready, busy: [[ready, ready + exec]], freeAt: ready + exec, expired: ready + exec + keep };
      instances.push(inst);
      busy.push(inst);
      requests.push({ arrival: t, cold: true, instance: id, latency: startup + exec });
    }
  }

  const cold = requests.filter((r) => r.cold).length;
  const latencies = requests.map((r) => r.latency).sort((a, b) => a - b);
  return {
    requests,
    instances: instances.map(({ freeAt: _freeAt, ...life }) => life),
    cold,
    coldShare: requests.length ? cold / requests.length : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    peakInstances: peak(instances),
  };
}

/** Nearest-rank percentile of an ascending list: the value at rank ⌈p/100 · N⌉. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], not ${p}`);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function peak(instances: readonly InstanceLife[]): number {
  const events: [number, number][] = [];
  for (const i of instances) events.push([i.created, 1], [i.expired, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (now += d));
  return max;
}

export type ColdStartOutcome =
  | { ok: true; result: ColdStartResult; arrivals: number }
  | { ok: false; errors: Partial<Record<keyof ColdStartInput, string>> };

/** Check the input, generate the arrivals from the seed and serve them; messages in the language of `m`. */
export function simulateColdStarts(input: ColdStartInput, m: ColdStartMessages): ColdStartOutcome {
  const rules = withLabels(COLD_START_LIMITS, m.fields, m.units);
  const checked = checkValues(input as unknown as Record<keyof ColdStartInput, number>, rules, m.number);
  if (!checked.ok) return checked;
  if (input.rate * input.durationS > MAX_REQUESTS * 0.8) {
    return { ok: false, errors: { durationS: fill(m.tooMany, { max: (MAX_REQUESTS * 0.8).toLocaleString(m.number.lang) }) } };
  }
  let arrivals: number[];
  try {
    arrivals = generateArrivals(input);
  } catch {
    return { ok: false, errors: { durationS: fill(m.tooManyRun, { max: MAX_REQUESTS.toLocaleString(m.number.lang) }) } };
  }
  return { ok: true, result: serve(arrivals, input), arrivals: arrivals.length };
}

/** A binary min-heap ordered by `cmp`. */
class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly cmp: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.cmp(a[i] as T, a[parent] as T) >= 0) break;
      [a[i], a[parent]] = [a[parent] as T, a[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const end = a.pop();
    if (a.length && end !== undefined) {
      a[0] = end;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.cmp(a[l] as T, a[m] as T) < 0) m = l;
        if (r < a.length && this.cmp(a[r] as T, a[m] as T) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as T, a[i] as T];
        i = m;
      }
    }
    return top;
  }
}
