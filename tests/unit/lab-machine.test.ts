import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { atPrompt, checkState, commandLine, formatMB, keyBytes, labDownloadBytes, machineStopped, stateProblemText, withCtrl } from '../../src/lib/lab-machine';
import { MESSAGES } from '../../src/i18n/messages';
import { LAB_BOOT } from '../../src/lib/lab-boot';
import { LAB_COMPONENTS, V86_VERSION } from '../../src/data/lab-machine';

describe('lab machine helpers', () => {
  it('adds up what a restore downloads and rejects nonsense sizes', () => {
    expect(labDownloadBytes(100, { wasm: 10, lib: 5, bios: 2, xterm: 3 })).toBe(120);
    expect(() => labDownloadBytes(Number.NaN, { wasm: 1, lib: 1, bios: 1, xterm: 1 })).toThrow(/stateBytes/);
    expect(() => labDownloadBytes(1, { wasm: -1, lib: 1, bios: 1, xterm: 1 })).toThrow(/wasm/);
    expect(formatMB(9_612_345)).toBe('9.6 MB');
  });

  it('accepts only the saved state the book was built with', async () => {
    const data = new TextEncoder().encode('machine state').buffer;
    const sha256 = createHash('sha256').update(Buffer.from(data)).digest('hex');
    expect(await checkState(data, { bytes: data.byteLength, sha256 })).toEqual({ ok: true });
    const wrongSize = await checkState(data, { bytes: 3, sha256 });
    expect(wrongSize.ok).toBe(false);
    const corrupt = new Uint8Array(data.slice(0));
    corrupt[0] = corrupt[0]! ^ 1;
    const bad = await checkState(corrupt.buffer, { bytes: data.byteLength, sha256 });
    expect(wrongSize).toEqual({ ok: false, problem: 'bytes', got: String(data.byteLength), expected: '3' });
    expect(bad).toMatchObject({ ok: false, problem: 'sha256', expected: sha256.slice(0, 12) });
  });

  it('says why a saved state was refused in the page’s language', async () => {
    const data = new Uint8Array(12_345).buffer;
    const sha256 = createHash('sha256').update(Buffer.from(data)).digest('hex');
    const wrongSize = await checkState(data, { bytes: 3_000_000, sha256 });
    if (wrongSize.ok) throw new Error('accepted a state of the wrong size');
    const zh = MESSAGES['zh-cn'].lab.client;
    const num = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
    expect(stateProblemText(wrongSize, zh, num)).toBe('保存的状态有 12,345 字节，应为 3,000,000 字节');
    expect(stateProblemText(wrongSize, MESSAGES.en.lab.client)).toBe('the saved state is 12345 bytes, expected 3000000');
    const bad = await checkState(data, { bytes: 12_345, sha256: 'ab'.repeat(32) });
    if (bad.ok) throw new Error('accepted a state with the wrong checksum');
    expect(stateProblemText(bad, zh, num)).toBe(`保存的状态的校验和为 ${sha256.slice(0, 12)}…，应为 abababababab…`);
    expect(stateProblemText(bad, MESSAGES.en.lab.client)).toBe(`the saved state’s checksum is ${sha256.slice(0, 12)}…, expected abababababab…`);
  });

  it('sends the bytes a terminal sends for the on-screen keys', () => {
    expect(keyBytes('up')).toBe('\x1b[A');
    expect(keyBytes('left')).toBe('\x1b[D');
    expect(keyBytes('tab')).toBe('\t');
    expect(keyBytes('|')).toBe('|');
    expect(withCtrl('c')).toBe('\x03');
    expect(withCtrl('D')).toBe('\x04');
    expect(withCtrl('ab')).toBe('ab');
  });

  it('recognises the prompt behind BusyBox’s cursor-position query, and a stopped machine', () => {
    expect(atPrompt('ls\r\nbin\r\nlab:~# \x1b[6n', 'lab:~# ')).toBe(true);
    expect(atPrompt('lab:~# ls\r\n', 'lab:~# ')).toBe(false);
    expect(machineStopped('[  12.3] reboot: System halted')).toBe('reboot: System halted');
    expect(machineStopped('Kernel panic - not syncing: sysrq triggered crash')).toBe('Kernel panic - not syncing');
    expect(machineStopped('all well')).toBeNull();
  });

  it('types one line per step and refuses multi-line commands', () => {
    expect(commandLine('ls')).toBe('ls\n');
    expect(() => commandLine('ls\nrm -rf /')).toThrow(/one line/);
  });
});

describe('the committed machine image', () => {
  const manifest = JSON.parse(readFileSync('public/lab/manifest.json', 'utf8')) as {
    pinned: string[];
    files: { file: string; bytes: number; sha256: string; components: string[] }[];
  };
  const state = JSON.parse(readFileSync('public/lab/state.json', 'utf8'));

  it('was saved by the v86 version the book depends on (a state only restores in the build that wrote it)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const installed = JSON.parse(readFileSync('node_modules/v86/package.json', 'utf8')).version.split('+')[0];
    expect(pkg.dependencies.v86).toBe(V86_VERSION);
    expect(installed).toBe(V86_VERSION);
    expect(state.v86).toBe(V86_VERSION);
    expect(state.cmdline).toBe(LAB_BOOT.cmdline);
    expect(state.memoryBytes).toBe(LAB_BOOT.memoryBytes);
  });

  it('matches its manifest, file by file', () => {
    expect(manifest.files.map((f) => f.file).sort()).toEqual(['LICENSE.v86.txt', 'bios.bin', 'bzimage', 'initrd.gz', 'state.bin.zst']);
    for (const f of manifest.files) {
      const bytes = readFileSync(`public/lab/${f.file}`);
      expect(bytes.length, f.file).toBe(f.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), f.file).toBe(f.sha256);
      expect(f.components.length, f.file).toBeGreaterThan(0);
    }
    const stateFile = manifest.files.find((f) => f.file === 'state.bin.zst')!;
    expect(stateFile.sha256).toBe(state.sha256);
    expect(stateFile.bytes).toBe(state.bytes);
  });

  it('ships v86’s own licence text and pins the packages the licences page names', () => {
    expect(readFileSync('public/lab/LICENSE.v86.txt', 'utf8')).toBe(readFileSync('node_modules/v86/LICENSE', 'utf8'));
    const build = readFileSync('src/scripts/lab-image/build.sh', 'utf8');
    for (const pin of manifest.pinned) expect(build).toContain(`"${pin}"`);
    const versions = LAB_COMPONENTS.map((c) => c.version).join(' ');
    expect(versions).toContain('6.1.176-1');
    expect(versions).toContain('1.16.2-1');
    expect(versions).toContain('1.35.0-4+deb12u1');
  });
});
