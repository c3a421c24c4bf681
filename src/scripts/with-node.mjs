#!/usr/bin/env node
// Runs an npm script's command under a Node new enough for the book (22.12 or later).
//
//   node src/scripts/with-node.mjs <command …>   run the command (through the shell)
//   node src/scripts/with-node.mjs --preinstall  `npm install`'s preinstall step: say, in one line,
//                                                what happens on an old Node, and fetch Node 24
//
// With a current Node the command runs as it is. With an older one (Debian 12 ships 18), Node 24 is
// installed once from the npm registry into ~/.cache/vbook-node (the npm package "node" carries the
// official binary; .ci/run does the same) and the command runs with it first on PATH, so `astro`,
// `vitest` and nested `npm run` use it too. Written for Node 18: no newer API.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const NEED = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
const current = major > NEED[0] || (major === NEED[0] && minor >= NEED[1]);
const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vbook-node');
const bin = join(cache, 'node_modules', 'node', 'bin');
const args = process.argv.slice(2);

function ensureNode24() {
  if (existsSync(join(bin, 'node'))) return true;
  mkdirSync(cache, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node@24'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0 && existsSync(join(bin, 'node'));
}

if (args[0] === '--preinstall') {
  if (!current) {
    console.log(`Node ${process.version} is older than 22.12: the book's npm scripts will run under Node 24 from ${cache} (fetching it now; see README, "Requirements").`);
    if (!ensureNode24()) console.log(`Could not install Node 24 into ${cache}: install Node 24 yourself (README, "Requirements").`);
  }
  process.exit(0);
}

let env = process.env;
if (!current) {
  if (!ensureNode24()) {
    console.error(`Node ${process.version} is older than 22.12 and Node 24 could not be installed into ${cache}; install Node 24 (README, "Requirements").`);
    process.exit(1);
  }
  const version = execFileSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  console.error(`Node ${process.version} is older than 22.12: running under Node ${version} from ${cache}.`);
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
}
const r = spawnSync(args.join(' '), { stdio: 'inherit', shell: true, env });
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
