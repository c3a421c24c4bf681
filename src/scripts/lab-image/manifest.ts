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
const files = LAB_COMPONENTS.flatMap((c) =>
  c.files
    .filter((f) => existsSync(`${dir}/${f}`))
    .map((f) => ({ file: f, component: c.id, bytes: readFileSync(`${dir}/${f}`).length, sha256: sha256(`${dir}/${f}`) })),
);
writeFileSync(`${dir}/manifest.json`, JSON.stringify({ pinned: process.argv.slice(2), files }, null, 2) + '\n');
console.log(`manifest: ${files.length} files`);
