/**
 * Boots the lab machine (public/lab/) cold in v86 under Node, waits for the shell prompt, and
 * saves the machine's state as public/lab/state.bin.zst, so readers get a prompt in about a second
 * instead of a ≈12 s boot. A state works only with the v86 build that wrote it, so the v86 version
 * is recorded in public/lab/state.json and a test checks it against package.json.
 * Usage: node src/scripts/lab-image/save-state.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { V86 } from 'v86';
import { LAB_BOOT } from '../../lib/lab-boot.ts';

const require = createRequire(import.meta.url);
const v86Dir = require.resolve('v86').replace(/build\/libv86\.mjs$/, '');
const v86Version = JSON.parse(readFileSync(`${v86Dir}package.json`, 'utf8')).version.split('+')[0];
const dir = 'public/lab';
const started = Date.now();

const emulator = new V86({
  wasm_path: `${v86Dir}build/v86.wasm`,
  memory_size: LAB_BOOT.memoryBytes,
  bios: { url: `${dir}/bios.bin` },
  bzimage: { url: `${dir}/bzimage` },
  initrd: { url: `${dir}/initrd.gz` },
  cmdline: LAB_BOOT.cmdline,
  autostart: true,
  disable_keyboard: true,
  disable_mouse: true,
  disable_speaker: true,
});

let out = '';
const timeout = setTimeout(() => {
  console.error(`No prompt after 180 s. Console so far:\n${out}`);
  process.exit(1);
}, 180_000);

emulator.add_listener('serial0-output-byte', async (byte) => {
  out += String.fromCharCode(byte);
  if (!out.endsWith(LAB_BOOT.prompt)) return;
  if (saving) return;
  saving = true;
  // Let the shell settle (it asks the terminal for the cursor position; no one answers here).
  await new Promise((r) => setTimeout(r, 1500));
  // Clear the screen so a restored terminal starts clean, then print a fresh prompt.
  emulator.serial0_send('clear\n');
  await new Promise((r) => setTimeout(r, 1500));
  const state = Buffer.from(await emulator.save_state());
  emulator.destroy();
  clearTimeout(timeout);
  writeFileSync(`${dir}/state.bin`, state);
  execFileSync('zstd', ['-q', '-f', '-19', '--rm', `${dir}/state.bin`, '-o', `${dir}/state.bin.zst`]);
  const zst = readFileSync(`${dir}/state.bin.zst`);
  writeFileSync(
    `${dir}/state.json`,
    JSON.stringify(
      {
        v86: v86Version,
        rawBytes: state.length,
        bytes: zst.length,
        sha256: createHash('sha256').update(zst).digest('hex'),
        cmdline: LAB_BOOT.cmdline,
        memoryBytes: LAB_BOOT.memoryBytes,
      },
      null,
      2,
    ) + '\n',
  );
  execFileSync(process.execPath, ['--experimental-strip-types', 'src/scripts/lab-image/manifest.ts'], { stdio: 'inherit' });
  console.log(`Booted in ${((Date.now() - started) / 1000).toFixed(1)} s; state ${state.length} B raw, ${zst.length} B zstd.`);
  process.exit(0);
});
let saving = false;
