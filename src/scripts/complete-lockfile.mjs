// Completes package-lock.json with the other platforms' optional native packages.
//
// Why: some registry mirrors (this project's CI machine uses one) do not serve the binaries for
// other operating systems, e.g. @astrojs/compiler-binding-darwin-arm64. npm then leaves them out of
// the lockfile and `npm ci` refuses it as out of sync. Each missing entry is added as an optional
// package restricted to its platform, so npm skips it here and fetches it by name and version on a
// machine of that platform. Run after changing dependencies: `npm run lockfile`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'sunos', 'aix', 'netbsd', 'wasi'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];
const path = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));

/** Platform of a package from its name: "@scope/x-darwin-arm64" → { os: "darwin", cpu: "arm64" }. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const osName = parts.find((p) => OS.includes(p) || p === 'windows');
  const cpu = parts.find((p) => CPU.includes(p));
  return { os: osName === 'windows' ? 'win32' : osName, cpu };
}

let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const where = `${key ? `${key}/` : ''}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (lock.packages[where] || lock.packages[hoisted]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform binary: leave it to npm
    lock.packages[hoisted] = { version, optional: true, ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform-specific optional entries`);
