import { describe, expect, it } from 'vitest';
import { figures } from '../../src/data/virtualization-figures';
import { buildSandboxes, SANDBOX_CHOICES, SANDBOX_STARTUPS } from '../../src/lib/sandbox-startup';
import { coldStartDefaults } from '../../components/simulators/cold-start-defaults';
import { simulateColdStarts } from '../../src/lib/cold-start';
import { COLD_START_EN } from '../../src/i18n/demos/cold-start';

describe('the cold-start simulator’s sandboxes', () => {
  it('each show a sourced start-up figure of their own technology', () => {
    for (const s of SANDBOX_STARTUPS) {
      const choice = SANDBOX_CHOICES.find((c) => c.id === s.id)!;
      const f = figures.find((x) => x.id === choice.figure)!;
      expect(f.technology, s.id).toBe(s.technology);
      expect(f.metric, s.id).toBe('startup-time');
      expect(f.source.kind, s.id).toBe('reference');
      expect(s.startupMs, s.id).toBe(Math.round(f.value * 1000));
      expect(s.url, s.id).toMatch(/^https:\/\//);
    }
  });

  it('never share a figure: each sandbox’s start-up time is its own', () => {
    const figs = SANDBOX_CHOICES.map((c) => c.figure);
    expect(new Set(figs).size).toBe(figs.length);
    const times = SANDBOX_STARTUPS.map((s) => s.startupMs);
    expect(new Set(times).size).toBe(times.length);
  });

  it('refuse a sandbox that would borrow another technology’s figure, or has none', () => {
    expect(() => buildSandboxes([{ id: 'container', label: 'Container', technology: 'container', figure: 'nsdi20-data-fc-e2e' }])).toThrow(/not its own/);
    expect(() => buildSandboxes([{ id: 'gvisor', label: 'gVisor', technology: 'gvisor', figure: 'no-such-figure' }])).toThrow(/missing/);
    expect(() => buildSandboxes([{ id: 'gvisor', label: 'gVisor', technology: 'gvisor', figure: 'gvisor-perf-runsc-memory' }])).toThrow(/not a sourced start-up time/);
  });

  it('give different simulated latencies when the sandbox changes', () => {
    const p99 = SANDBOX_STARTUPS.map((s) => {
      const r = simulateColdStarts(coldStartDefaults(s.id), COLD_START_EN);
      if (!r.ok) throw new Error(s.id);
      return r.result.p99;
    });
    expect(new Set(p99).size).toBe(p99.length);
  });
});
