/**
 * Astro integration that runs before anything is built:
 *
 * - `astro build`: renders the Mermaid diagrams that have no SVG yet when a Chromium is found
 *   (chromium-path.ts), so an edit made in GitHub's web editor deploys; then runs the pre-build
 *   check (book-check.ts) and, if an author made mistakes, prints every one as
 *   `file:line:col: message` and stops, before Vite prints a stack trace for the first.
 * - `astro dev`: prints the same list as a warning and keeps serving; when a diagram's SVG appears
 *   or changes in content/diagrams/ (`npm run diagrams` in another terminal), reloads the pages that
 *   show it, without touching their MDX.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { glossaryById } from '../data/glossary';
import { zhTitle } from '../i18n/zh-titles';
import { referencesByKey } from '../data/references';
import { checkBook, formatReport, type BookCheck } from './book-check';
import { findChromium } from './chromium-path.ts';
import { diagramUses } from './diagram-inventory.ts';
import { forgetSvg } from './remark-mermaid.ts';

export default function bookCheck(): AstroIntegration {
  const root = process.cwd();
  // BOOK_SKIP_CHAPTER_RULES=1 only for the test suite's harness sites (tests/helpers/fixture-site.ts).
  const chapterRules = process.env.BOOK_SKIP_CHAPTER_RULES !== '1';
  const run = (): BookCheck => checkBook({ projectRoot: root, glossary: glossaryById, references: referencesByKey, chapterRules, zhTitle });
  return {
    name: 'book-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        let result = run();
        if (result.missingDiagrams.length > 0 && command === 'build') {
          const chromium = findChromium();
          const n = result.missingDiagrams.length;
          if (chromium) {
            logger.info(`rendering ${n} Mermaid diagram${n === 1 ? '' : 's'} that ha${n === 1 ? 's' : 've'} no SVG yet, with ${chromium} (commit content/diagrams/ to skip this next time)`);
            const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/scripts/render-diagrams.ts'), '--keep-unused'], {
              cwd: root,
              env: { ...process.env, CHROMIUM_PATH: chromium },
              encoding: 'utf8',
            });
            // Rendering problems (a diagram Mermaid cannot parse) are reported with the rest below.
            if (r.status !== 0) logger.warn(`${r.stderr.trim() || r.stdout.trim()}`);
            result = run();
          } else {
            logger.warn(`no Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome): cannot render ${n} new or changed diagram${n === 1 ? '' : 's'}`);
          }
        }
        if (result.problems.length === 0) return;
        if (command === 'dev') {
          logger.warn(`${formatReport(result.problems)}\n(the dev server keeps running; \`npm run build\` fails until these are fixed)`);
          return;
        }
        // A plain list, no stack trace: the build stops here, before Astro starts.
        process.stderr.write(`\nThe book has ${formatReport(result.problems)}\n\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const diagramsDir = join(root, 'content', 'diagrams');
        server.watcher.add(diagramsDir);
        const onSvg = (file: string) => {
          if (!file.startsWith(diagramsDir) || !file.endsWith('.svg')) return;
          forgetSvg(file);
          const hash = file.slice(diagramsDir.length + 1, -'.svg'.length);
          const pages = [...new Set(diagramUses(root).filter((u) => u.hash === hash).map((u) => join(root, u.file)))];
          if (pages.length === 0) return;
          // Every environment's module graph (Vite 6+: client, ssr, Astro's own).
          const graphs = Object.values(server.environments).map((e) => e.moduleGraph);
          for (const page of pages) {
            for (const graph of graphs) for (const mod of graph.getModulesByFile(page) ?? []) graph.invalidateModule(mod);
            // The content layer re-reads a page when its file changes; tell it so without writing the file.
            server.watcher.emit('change', page);
          }
          logger.info(`content/diagrams/${hash}.svg rendered: reloading ${pages.map((p) => p.slice(root.length + 1)).join(', ')}`);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('add', onSvg);
        server.watcher.on('change', onSvg);
      },
    },
  };
}
