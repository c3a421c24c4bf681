/**
 * The lab machine itself, loaded when the reader presses Start: v86 restores a saved state of a
 * booted Debian kernel with BusyBox (≈1 s), or cold-boots it (≈12 s) when the state cannot be used,
 * and xterm.js shows its serial console. xterm.js is used rather than a <pre> because BusyBox's
 * shell asks the terminal for the cursor position (ESC[6n) and waits for the answer.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { V86 } from 'v86';
import wasmUrl from 'v86/build/v86.wasm?url';
import { LAB_BOOT } from '../../src/lib/lab-boot';
import { atPrompt, checkState, commandLine, keyBytes, machineStopped, stateProblemText, withCtrl, type LabKey } from '../../src/lib/lab-machine';
import { fill } from '../../src/i18n/format';
import type { LabClientMessages } from '../../src/i18n/lab';

type Emulator = InstanceType<typeof V86>;

interface Lab {
  el: HTMLElement;
  term: Terminal;
  emulator: Emulator | null;
  /** The last few KB of console output, to recognise halts and panics. */
  tail: string;
  ctrl: boolean;
  mode: 'restore' | 'cold';
  stateBuffer: ArrayBuffer | null;
  startedAt: number;
  /** The page language's words (data-messages) and its number format. */
  m: LabClientMessages;
  num: (n: number, digits?: number) => string;
}

/** Numbers as the page's language writes them (<html lang>), with a fixed number of decimals. */
function numberFormat(): (n: number, digits?: number) => string {
  const lang = document.documentElement.lang || 'en';
  const formats = new Map<number, Intl.NumberFormat>();
  return (n, digits = 0) => {
    if (!formats.has(digits)) formats.set(digits, new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
    return formats.get(digits)!.format(n);
  };
}

const part = <T extends HTMLElement>(el: HTMLElement, name: string) => el.querySelector<T>(`[data-part="${name}"]`)!;

function setStatus(lab: Lab, text: string): void {
  part(lab.el, 'status').textContent = text;
}

/** Fetch with progress; throws with the HTTP status on failure. */
async function download(url: string, onProgress: (loaded: number) => void): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url.split('/').pop()}: HTTP ${res.status}`);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded);
  }
  const out = new Uint8Array(loaded);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.length; }
  return out.buffer;
}

function boot(lab: Lab): void {
  const base = lab.el.dataset.base!;
  const restoring = lab.mode === 'restore' && lab.stateBuffer;
  lab.startedAt = performance.now();
  lab.tail = '';
  const emulator = new V86({
    wasm_path: wasmUrl,
    memory_size: LAB_BOOT.memoryBytes,
    bios: { url: `${base}lab/bios.bin` },
    ...(restoring
      ? { initial_state: { buffer: lab.stateBuffer! } }
      : { bzimage: { url: `${base}lab/bzimage` }, initrd: { url: `${base}lab/initrd.gz` }, cmdline: LAB_BOOT.cmdline }),
    autostart: true,
    disable_keyboard: true,
    disable_mouse: true,
    disable_speaker: true,
  });
  lab.emulator = emulator;
  // Bytes from the guest's serial port go to the terminal in batches, once a frame, so a command
  // that prints megabytes cannot starve the page; the terminal keeps a bounded scrollback.
  let pending = '';
  let scheduled = false;
  emulator.add_listener('serial0-output-byte', (byte: number) => {
    const ch = String.fromCharCode(byte);
    pending += ch;
    lab.tail = (lab.tail + ch).slice(-4096);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        lab.term.write(pending);
        pending = '';
        const stopped = machineStopped(lab.tail);
        if (stopped) stoppedMachine(lab, stopped);
        if (lab.el.dataset.ready === 'booting' && atPrompt(lab.tail, LAB_BOOT.prompt)) ready(lab);
      });
    }
  });
  // After a restore, input sent before 'emulator-loaded' is lost: ask for a fresh prompt then.
  emulator.add_listener('emulator-loaded', () => {
    if (restoring) emulator.serial0_send('\n');
    else setStatus(lab, lab.m.bootingColdLong);
  });
  lab.el.dataset.ready = 'booting';
}

function ready(lab: Lab): void {
  const seconds = (performance.now() - lab.startedAt) / 1000;
  const secs = seconds.toFixed(1);
  const shown = lab.num(seconds, 1);
  lab.el.dataset.ready = 'running';
  lab.el.dataset.bootSeconds = secs;
  lab.el.dataset.bootMode = lab.mode;
  const timings = lab.el.querySelector<HTMLElement>('[data-part="timings"]');
  // The start-up comparison on the same page shows these beside its sourced figures.
  document.dispatchEvent(new CustomEvent('lab-timing', { detail: { mode: lab.mode, seconds: Number(secs) } }));
  if (timings) {
    timings.hidden = false;
    timings.querySelector(`[data-time="${lab.mode}"]`)!.textContent = fill(lab.m.seconds, { secs: shown });
    part(lab.el, 'cold').hidden = false;
  }
  setStatus(lab, fill(lab.mode === 'restore' ? lab.m.runningRestored : lab.m.runningCold, { secs: shown }));
  part(lab.el, 'reset').hidden = !lab.stateBuffer;
  for (const b of lab.el.querySelectorAll<HTMLButtonElement>('.lab-run')) b.disabled = false;
}

function stoppedMachine(lab: Lab, why: string): void {
  if (lab.el.dataset.ready === 'stopped') return;
  lab.el.dataset.ready = 'stopped';
  setStatus(lab, fill(lab.m.stopped, { why }));
  const reset = part<HTMLButtonElement>(lab.el, 'reset');
  reset.hidden = false;
  if (!lab.stateBuffer) part(lab.el, 'cold').hidden = false;
}

async function restart(lab: Lab, mode: 'restore' | 'cold'): Promise<void> {
  // Not running from the moment Reset is pressed (the old machine takes a while to go): a step or
  // a script that waits for 'running' must not take the old machine's state for the new one's.
  lab.el.dataset.ready = 'booting';
  for (const b of lab.el.querySelectorAll<HTMLButtonElement>('.lab-run')) b.disabled = true;
  if (lab.emulator) { await lab.emulator.destroy(); lab.emulator = null; }
  lab.mode = mode;
  lab.term.reset();
  setStatus(lab, mode === 'restore' ? lab.m.restoring : lab.m.bootingCold);
  boot(lab);
}

function send(lab: Lab, data: string): void {
  if (!lab.emulator || lab.el.dataset.ready === 'stopped') return;
  lab.emulator.serial0_send(lab.ctrl ? withCtrl(data) : data);
  if (lab.ctrl) toggleCtrl(lab, false);
}

function toggleCtrl(lab: Lab, on: boolean): void {
  lab.ctrl = on;
  part(lab.el, 'keys').querySelector('[data-key="ctrl"]')!.setAttribute('aria-pressed', String(on));
}

/**
 * Runs a step's command and reports the emulator's speed: x86 instructions the guest executed per
 * second of wall time while the command ran, beside the same counting loop run in this page's
 * JavaScript (compiled by the browser straight to the real processor's code).
 */
async function measureEmulation(lab: Lab, cmd: string, out: HTMLElement): Promise<void> {
  const emulator = lab.emulator;
  if (!emulator) return;
  const n = Number(out.dataset.loop);
  out.hidden = false;
  out.textContent = lab.m.measuring;
  const i0 = emulator.get_instruction_counter();
  const t0 = performance.now();
  lab.tail = '';
  emulator.serial0_send(commandLine(cmd));
  // Wait for the prompt to come back (the command has finished).
  await new Promise<void>((resolve) => {
    const poll = () => (atPrompt(lab.tail, LAB_BOOT.prompt) || lab.emulator !== emulator ? resolve() : setTimeout(poll, 50));
    setTimeout(poll, 50);
  });
  if (lab.emulator !== emulator) return;
  const secs = (performance.now() - t0) / 1000;
  const mips = (emulator.get_instruction_counter() - i0) / secs / 1e6;
  const j0 = performance.now();
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  const jsMs = performance.now() - j0;
  out.textContent = fill(lab.m.measured, { secs: lab.num(secs, 2), mips: lab.num(Math.round(mips)), n: lab.num(n), ms: lab.num(jsMs, jsMs < 1 ? 3 : 1), sum: lab.num(s) });
}

export async function startLab(el: HTMLElement, m: LabClientMessages): Promise<void> {
  const termHost = part(el, 'terminal');
  termHost.hidden = false;
  const dark = document.documentElement.dataset.theme === 'dark';
  // xterm.js's own words for screen readers: the input's name, and what is said when output floods.
  Terminal.strings.promptLabel = m.terminalLabel;
  Terminal.strings.tooMuchOutput = m.tooMuchOutput;
  const term = new Terminal({
    rows: 20,
    fontSize: 14,
    scrollback: 2000,
    convertEol: false,
    // Mirrors the screen as text for screen readers (and so for tests).
    screenReaderMode: true,
    theme: dark ? { background: '#17181c', foreground: '#e8e8ea' } : { background: '#ffffff', foreground: '#1a1a1a', cursor: '#1a1a1a', selectionBackground: '#b3d4fc' },
  });
  // As many columns as the column of text allows: 80 on a laptop, about 40 on a phone.
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(termHost);
  fit.fit();
  new ResizeObserver(() => fit.fit()).observe(termHost);
  termHost.querySelector('textarea')?.setAttribute('aria-label', m.terminalLabel);
  const lab: Lab = { el, term, emulator: null, tail: '', ctrl: false, mode: 'restore', stateBuffer: null, startedAt: 0, m, num: numberFormat() };
  term.onData((d) => send(lab, d));
  // Copy: with text selected, Ctrl+C (or Cmd+C) copies it instead of sending an interrupt.
  // Paste (Ctrl+V, Cmd+V, the context menu) reaches the machine through xterm's own paste handling.
  term.attachCustomKeyEventHandler((e) => {
    if (e.type === 'keydown' && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c' && term.hasSelection()) {
      void navigator.clipboard?.writeText(term.getSelection()).catch(() => {});
      return false;
    }
    return true;
  });

  // On touch screens, a row of the keys a phone keyboard lacks.
  const keys = part(el, 'keys');
  keys.hidden = !matchMedia('(pointer: coarse)').matches;
  keys.addEventListener('click', (e) => {
    const k = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-key]')?.dataset.key;
    if (!k) return;
    if (k === 'ctrl') toggleCtrl(lab, !lab.ctrl);
    else send(lab, keyBytes(k as LabKey));
    term.focus();
  });
  for (const b of el.querySelectorAll<HTMLButtonElement>('.lab-run')) {
    b.addEventListener('click', () => {
      const out = b.closest('.lab-step')?.querySelector<HTMLElement>('[data-part="measured"]');
      if (out) void measureEmulation(lab, b.dataset.cmd!, out);
      else send(lab, commandLine(b.dataset.cmd!));
      term.focus();
    });
  }
  part(el, 'reset').addEventListener('click', () => void restart(lab, lab.stateBuffer ? 'restore' : 'cold'));
  part(el, 'cold').addEventListener('click', () => void restart(lab, 'cold'));
  part(el, 'start').hidden = true;

  // The saved state: downloaded with progress, checked against the build's size and SHA-256.
  const progress = part<HTMLProgressElement>(el, 'progress');
  const expected = { bytes: Number(el.dataset.stateBytes), sha256: el.dataset.stateSha256! };
  progress.hidden = false;
  progress.max = expected.bytes;
  try {
    setStatus(lab, m.downloading);
    const buf = await download(`${el.dataset.base}lab/state.bin.zst`, (n) => {
      progress.value = n;
    });
    const check = await checkState(buf, expected);
    if (!check.ok) throw new Error(stateProblemText(check, m, (n) => lab.num(n)));
    lab.stateBuffer = buf;
    setStatus(lab, m.restoring);
    lab.mode = 'restore';
  } catch (e) {
    lab.mode = 'cold';
    setStatus(lab, fill(m.stateUnusable, { error: e instanceof Error ? e.message : String(e) }));
  }
  progress.hidden = true;
  boot(lab);

  // No CPU in a background tab: pause while hidden, stop for good when the page goes away.
  document.addEventListener('visibilitychange', () => {
    if (!lab.emulator) return;
    if (document.hidden) void lab.emulator.stop();
    else void lab.emulator.run();
  });
  addEventListener('pagehide', () => void lab.emulator?.destroy());
  (el as HTMLElement & { lab?: Lab }).lab = lab;
}
