/**
 * Pure helpers of the in-page lab machine: download size, integrity of the saved state, the
 * on-screen keys' byte sequences, and recognising a machine that has stopped. The element
 * (components/lab/) does the I/O; everything here is unit-tested.
 */

/** What a reader downloads to reach a prompt from the saved state, before HTTP compression. */
export function labDownloadBytes(stateBytes: number, others: { wasm: number; lib: number; bios: number; xterm: number }): number {
  for (const [k, v] of Object.entries({ stateBytes, ...others })) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`labDownloadBytes: ${k} must be a size in bytes, got ${v}`);
  }
  return stateBytes + others.wasm + others.lib + others.bios + others.xterm;
}

/** "9.6 MB": megabytes as people read them on a download button (10^6 bytes, one decimal). */
export function formatMB(bytes: number, locale = 'en-US'): string {
  return `${(bytes / 1e6).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** Lower-case hex of a digest. */
export function hex(bytes: ArrayBuffer | Uint8Array): string {
  const a = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a buffer, with Web Crypto (in the browser and in Node ≥ 20). */
export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', data as BufferSource));
}

/**
 * Why a saved state was refused: the `problem`, with `got` and `expected` (bytes, or the first 12 hex
 * digits of the checksums), which stateProblemText says in the page's language. No English here:
 * this module is part of the lab's runtime, whose words all come from the page.
 */
export type StateCheck = { ok: true } | { ok: false; problem: 'bytes' | 'sha256'; got: string; expected: string };

/** Is this the saved state the book was built with? A wrong size or checksum means a corrupt or stale download. */
export async function checkState(data: ArrayBuffer, expected: { bytes: number; sha256: string }): Promise<StateCheck> {
  if (data.byteLength !== expected.bytes) {
    return { ok: false, problem: 'bytes', got: String(data.byteLength), expected: String(expected.bytes) };
  }
  const got = await sha256Hex(data);
  if (got !== expected.sha256) {
    return { ok: false, problem: 'sha256', got: got.slice(0, 12), expected: expected.sha256.slice(0, 12) };
  }
  return { ok: true };
}

/**
 * A refused state's reason in the page's language: `m` holds the templates (src/i18n/lab.ts), `num`
 * formats a byte count for the locale (Intl.NumberFormat's format).
 */
export function stateProblemText(check: Extract<StateCheck, { ok: false }>, m: { stateBytes: string; stateChecksum: string }, num: (n: number) => string = String): string {
  const [got, expected] = check.problem === 'bytes' ? [num(Number(check.got)), num(Number(check.expected))] : [check.got, check.expected];
  return (check.problem === 'bytes' ? m.stateBytes : m.stateChecksum).replace('{got}', got).replace('{expected}', expected);
}

export type LabKey = 'tab' | 'esc' | 'up' | 'down' | 'left' | 'right' | '|' | '/' | '-';

/** The bytes a terminal sends for an on-screen key (VT100 cursor keys, as xterm sends them). */
export function keyBytes(key: LabKey): string {
  switch (key) {
    case 'tab': return '\t';
    case 'esc': return '\x1b';
    case 'up': return '\x1b[A';
    case 'down': return '\x1b[B';
    case 'right': return '\x1b[C';
    case 'left': return '\x1b[D';
    default: return key;
  }
}

/** With the on-screen Ctrl held, a typed letter becomes its control character (Ctrl-C → 0x03). */
export function withCtrl(data: string): string {
  if (data.length !== 1) return data;
  const c = data.toUpperCase().charCodeAt(0);
  if (c >= 0x40 && c <= 0x5f) return String.fromCharCode(c & 0x1f);
  if (data === ' ') return '\x00';
  return data;
}

/** Kernel messages that mean the guest has stopped for good (halt, poweroff, panic, sysrq crash). */
const STOPPED = /(reboot: System halted|reboot: Power down|Kernel panic - not syncing|sysrq: Trigger a crash)/;
export function machineStopped(recentOutput: string): string | null {
  const m = STOPPED.exec(recentOutput);
  return m ? m[1]! : null;
}

/** The text typed into the terminal for a step's command: one line, ending in Enter. */
export function commandLine(cmd: string): string {
  if (/[\r\n]/.test(cmd)) throw new Error(`A lab command must be one line: ${JSON.stringify(cmd)}`);
  return `${cmd}\n`;
}

/**
 * Is the shell waiting at its prompt? BusyBox's shell prints the prompt and then asks the terminal
 * for the cursor position (ESC [ 6 n), so the prompt is followed by escape sequences, not at the end.
 */
export function atPrompt(recentOutput: string, prompt: string): boolean {
  // eslint-disable-next-line no-control-regex
  const text = recentOutput.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  return text.endsWith(prompt);
}
