/**
 * `npm run audit:prod`: npm audit of the production dependencies; exits 1 on a high or critical
 * advisory. When the registry cannot answer the audit, it says so and exits 0, unless
 * BOOK_AUDIT_REQUIRED=1 (the GitHub workflows set it: there the registry answers), then 1.
 */
import { spawnSync } from 'node:child_process';
import { judgeAudit } from '../lib/npm-audit.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const verdict = judgeAudit(run.stdout ?? '');
if (verdict.status === 'clean') {
  console.log(verdict.message);
} else if (verdict.status === 'vulnerable') {
  console.error(`${verdict.message}:\n${verdict.packages.map((p) => `  - ${p}`).join('\n')}\nRun \`npm audit --omit=dev\` for details and \`npm audit fix\` or update the package.`);
  process.exit(1);
} else {
  console.error(`npm audit NOT CHECKED: ${verdict.message}`);
  if (process.env.BOOK_AUDIT_REQUIRED === '1') process.exit(1);
}
