/**
 * Writes public/lab/manifest.json: each file of the lab machine with its origin, version, licence,
 * where its exact corresponding source is, and its SHA-256. The Licences page and a test read it.
 * Usage (from build.sh): node --experimental-strip-types manifest.ts <pinned package specs…>
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { LAB_COMPONENTS } from '../../data/lab-machine.ts';

const dir = 'public/lab';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const names = [...new Set(LAB_COMPONENTS.flatMap((c) => c.files))].filter((f) => existsSync(`${dir}/${f}`)).sort();
const files = names.map((file) => ({
  file,
  components: LAB_COMPONENTS.filter((c) => c.files.includes(file)).map((c) => c.id),
  bytes: readFileSync(`${dir}/${file}`).length,
  sha256: sha256(`${dir}/${file}`),
}));
// Called with the pinned package list by build.sh, and without arguments by save-state.mjs,
// which keeps the pins of the previous manifest.
const pinned = process.argv.length > 2 ? process.argv.slice(2) : JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')).pinned;
writeFileSync(`${dir}/manifest.json`, JSON.stringify({ pinned, files }, null, 2) + '\n');
console.log(`manifest: ${files.length} files`);
