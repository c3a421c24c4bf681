import { describe, expect, it } from 'vitest';
import { serve } from '../../src/lib/cold-start';
import { exitCost, EXIT_COST_DEFAULTS } from '../../src/lib/exit-cost';
import { walk } from '../../src/lib/page-walk';
import { SANDBOX_STARTUPS, localizeSandboxes, sandboxById } from '../../src/lib/sandbox-startup';
import { figureTextZh } from '../../src/data/virtualization-figures-zh';
import { simulate } from '../../src/lib/trap-stepper';
import { ms, renderSentence, renderSource, renderStats, renderTimeline } from '../../components/simulators/cold-start-view';
import { renderBars } from '../../components/simulators/exit-cost-view';
import { EXIT_COST_EN } from '../../src/i18n/demos/exit-cost';
import { renderField } from '../../components/simulators/form';
import { renderGrid, renderProgress } from '../../components/simulators/page-walk-view';
import { renderState, renderStep } from '../../components/simulators/trap-stepper-view';
import { COLD_START_EN, COLD_START_ZH } from '../../src/i18n/demos/cold-start';
import { PAGE_WALK_EN } from '../../src/i18n/demos/page-walk';
import { TRAP_STEPPER_EN } from '../../src/i18n/demos/trap-stepper';

describe('trap stepper view', () => {
  it('marks changed fields and the IF mismatch of the silent POPF failure', () => {
    const popf = simulate('x86-trap')[4]!;
    const html = renderState(popf, TRAP_STEPPER_EN);
    expect(html).toContain('≠ what the guest asked for');
    expect(renderStep(popf, 4, 9, TRAP_STEPPER_EN)).toContain('class="sim-problem"');
    const emulate = simulate('classic')[3]!;
    expect(renderState(emulate, TRAP_STEPPER_EN)).toMatch(/<td class="sim-changed">guest’s IDT <span class="sim-visually-hidden">\(changed\)<\/span><\/td>/);
  });
});

describe('exit cost view', () => {
  it('scales bars to the slowest technique and marks the chosen one', () => {
    const out = exitCost(EXIT_COST_DEFAULTS);
    if (!out.ok) throw new Error('defaults invalid');
    const html = renderBars(out.result, 'emulation', EXIT_COST_EN);
    expect(html.match(/width:([\d.]+)%/g)).toEqual(['width:10.00%', 'width:10.10%', 'width:10.10%', 'width:100.00%']);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="true"><span class="sim-bar-label">Interpretive emulation/);
  });
});

describe('page walk view', () => {
  it('blanks references not reached yet and marks the current one', () => {
    const w = walk({ paging: 'nested', guestLevels: 2, hostLevels: 2 });
    const html = renderGrid(w, 3, PAGE_WALK_EN);
    expect(html.match(/<b>\d+<\/b>/g)).toEqual(['<b>1</b>', '<b>2</b>', '<b>3</b>']);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html.match(/sim-walk-todo/g)).toHaveLength(5);
    expect(renderProgress(w, 3, PAGE_WALK_EN)).toBe('Reference 3 of 8: guest L2 entry.');
  });
});

describe('cold start view', () => {
  const r = serve([0, 1, 2, 30, 30, 30], { startupMs: 100, execMs: 100, keepWarmS: 5 });

  it('states the run in numbers and words', () => {
    expect(ms(0.2)).toBe('200 ms');
    expect(ms(1.5)).toBe('1.5 s');
    expect(renderStats(r, COLD_START_EN)).toContain('Cold starts: <b>4</b> (66.7 %)');
    expect(renderStats(r, COLD_START_ZH)).toContain('<li>冷启动：<b>4</b>（66.7%）</li>');
    expect(renderSentence(r, COLD_START_EN)).toBe('4 of 6 requests (66.7 %) were cold starts. Half finished within 200 ms (p50) and 99 % within 200 ms (p99).');
    expect(renderSentence(serve([], { startupMs: 1, execMs: 1, keepWarmS: 1 }), COLD_START_EN)).toMatch(/^No request arrived/);
    // Chinese writes no space between a number and %.
    expect(renderSentence(r, COLD_START_ZH)).toBe('6 个请求中有 4 个（66.7%）是冷启动。一半的请求在 200 ms 内完成（p50），99% 在 200 ms 内完成（p99）。');
  });

  it('draws one row per instance up to the cap, with a text alternative', () => {
    const svg = renderTimeline(r, 40, 'x', COLD_START_EN, 2);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="x-t x-d"/);
    expect(svg).toContain('<desc id="x-d">4 instances were started over 40 s;');
    expect(svg).toContain('… and 2 more instances not drawn');
    expect(svg.match(/class="sim-tl-start"/g)).toHaveLength(2);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('merges busy spells closer than a pixel so long runs stay small', () => {
    const arrivals = Array.from({ length: 2000 }, (_, i) => i * 0.05);
    const long = serve(arrivals, { startupMs: 0, execMs: 10, keepWarmS: 60 });
    const svg = renderTimeline(long, 100, 'y', COLD_START_EN);
    expect(svg.match(/class="sim-tl-busy"/g)!.length).toBeLessThan(450);
    expect(svg.length).toBeLessThan(40_000);
  });

  it('names the source of a sandbox figure, and notes when the reader changed it', () => {
    const fc = sandboxById('firecracker')!;
    expect(renderSource(fc, 193, COLD_START_EN)).toMatch(/^Firecracker microVM, 193 ms: Median of 1,000 serial boots .* <a href="https:\/\/github\.com\/firecracker-microvm\/nsdi2020-data\//);
    expect(renderSource(fc, 50, COLD_START_EN)).toMatch(/^Your own start-up time: the Firecracker microVM figure \(193 ms\) no longer applies\./);
    const gvisor = sandboxById('gvisor')!;
    expect(gvisor.startupMs).toBe(1144);
    expect(renderSource(gvisor, null, COLD_START_EN)).toMatch(/^gVisor sandbox \(runsc, through Docker\), 1,144 ms: Total time to start a container .*startup\.csv/);
    expect(SANDBOX_STARTUPS.map((s) => s.id)).toEqual(['container', 'gvisor', 'kata', 'firecracker', 'vm']);
  });

  it('leaves no space after Chinese punctuation in the Chinese source line', () => {
    const fcZh = localizeSandboxes([sandboxById('firecracker')!], COLD_START_ZH, figureTextZh.conditions)[0]!;
    const own = renderSource(fcZh, 50, COLD_START_ZH);
    expect(own).toMatch(/^你自己设定的启动时间：.*不再适用。Firecracker/);
    // The figure's conditions read as one sentence that ends with the bracketed link.
    expect(own).toMatch(/整个启动脚本的墙上时间（[^）]+），可与 QEMU 的 234 ms 公平比较（<a href="https:[^"]+"[^>]*>出处<\/a>）。$/);
    expect(own).not.toMatch(/[。，：）] |比较的数值|。（|。<a/);
    // Every sandbox's line in Chinese ends the same way, with no full stop before the bracket.
    for (const s of localizeSandboxes(SANDBOX_STARTUPS, COLD_START_ZH, figureTextZh.conditions)) {
      expect(renderSource(s, null, COLD_START_ZH)).toMatch(/[^。]（<a href="https:[^"]+"[^>]*>出处<\/a>）。$/);
    }
  });
});

describe('renderField', () => {
  it('labels the input and points it at its hint and its error slot', () => {
    const html = renderField({ id: 'w1', name: 'rate', spec: { label: 'Request rate', min: 0, max: 10, unit: 'requests/s' }, value: 0.2, hint: 'Mean.' });
    expect(html).toContain('<label for="w1-rate">Request rate (requests/s)</label>');
    expect(html).toContain('aria-describedby="w1-rate-hint w1-rate-err"');
    expect(html).toContain('<span class="sim-error" id="w1-rate-err" aria-live="polite"></span>');
    expect(html).toContain('inputmode="decimal"');
  });
  it('writes the unit the way the page’s language does', () => {
    const zh = renderField({ id: 'w2', name: 'rate', spec: { label: '请求速率', min: 0, max: 10, unit: '个请求/s' }, value: 0.2, withUnit: COLD_START_ZH.number.labelWithUnit });
    expect(zh).toContain('<label for="w2-rate">请求速率（个请求/s）</label>');
    expect(renderField({ id: 'w3', name: 'seed', spec: { label: '运行编号', min: 0, max: 10 }, value: 1, withUnit: COLD_START_ZH.number.labelWithUnit })).toContain('<label for="w3-seed">运行编号</label>');
  });
});
