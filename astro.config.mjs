// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readBook } from './src/lib/book-files.ts';
import { sidebarFor, pageHref, localePageHref } from './src/lib/book-order.ts';
import { readTranslations } from './src/lib/translations.ts';
import { zhTitle } from './src/i18n/zh-titles.ts';
import { DOCS_DIR } from './src/lib/book-files.ts';
import { deployTarget, editBaseUrl } from './src/lib/deploy-target.ts';
import rehypeInternalLinks from './src/lib/rehype-internal-links.ts';
import remarkBook from './src/lib/remark-book.ts';
import rehypeA11y from './src/lib/rehype-a11y.ts';
import rehypeSearchHints from './src/lib/rehype-search-hints.ts';
import { remarkMermaid } from './src/lib/remark-mermaid.ts';
import remarkAutoImport from './src/lib/remark-auto-import.ts';
// CommonMark does not close **bold** after Chinese punctuation when Chinese text follows
// (`**利用率更高。**接着`): this extension applies the rule the CommonMark spec discussion proposes.
import remarkCjkFriendly from 'remark-cjk-friendly';
import wholeBook from './src/lib/whole-book-integration.ts';
import bookCheck from './src/lib/book-check-integration.ts';
import { pluginFocusableCode, shikiNoTimeLimit } from './src/lib/ec-focusable-code.ts';
import offline from './src/lib/offline-integration.ts';

// Authors use the apparatus and the demos in MDX without import lines: each MDX file imports the
// components it uses (src/lib/remark-auto-import.ts), so a page carries only their CSS and scripts.
const components = Object.fromEntries([
  ...[
    ...['Figure', 'Ref', 'Term', 'Cite', 'ChapterReferences', 'Objectives', 'Summary', 'Questions', 'Question', 'Answer'],
    ...['Quiz', 'QuizItem', 'Option', 'GlossaryList', 'ReferenceList', 'SourcesCoverage', 'WholeBook', 'MarkRead', 'BookProgress', 'ChapterRules', 'DiagramZoom'],
  ].map((name) => [name, `./components/book/${name}.astro`]),
  ...['TrapStepper', 'ExitCost', 'PageWalk', 'ColdStart', 'Migration'].map((name) => [name, `./components/simulators/${name}.astro`]),
  ...['BootComparison', 'DensityCalculator', 'FeatureMatrix', 'Timeline'].map((name) => [name, `./components/demos/${name}.astro`]),
  ...['LinuxLab', 'LabStep', 'LabMachineParts'].map((name) => [name, `./components/lab/${name}.astro`]),
]);

// site, base and repository come from the environment (see README, "Deploying"): a fork deploys unchanged.
const { site, base, repo } = deployTarget(process.env);
// The book's order is read from content/docs once; it numbers chapters and builds the sidebar.
// If the files are not in order, the book check (first integration) lists every problem and stops.
let book;
try {
  book = readBook();
} catch {
  book = { pages: [], chapters: [], byId: new Map(), bySlug: new Map(), byPath: new Map() };
}
// The Simplified Chinese edition: content/docs/zh-cn/<same path>; untranslated pages fall back to English.
const zhTranslations = readTranslations(book, DOCS_DIR, 'zh-cn');
// Sidebar titles: a translation's own title, else the page's Chinese name (src/i18n/zh-titles.ts).
const zhTitles = new Map(book.pages.map((p) => [p.path, zhTranslations.get(p.path)?.title ?? zhTitle(p.path) ?? p.title]));
const pages = new Set(book.pages.flatMap((p) => [pageHref(p.id, '/'), localePageHref(p.id, '/', 'zh-cn')]));

/**
 * v86's libv86.mjs reaches Node's fs, crypto and perf_hooks only when it runs under Node (behind
 * its own checks); a browser never takes those branches. Vite gives them its empty
 * "browser-external" module and warned five times a build; this gives v86 the same empty module,
 * quietly, and leaves any other import of a Node module to warn as before.
 */
function v86NodeOnlyModules() {
  const ids = new Set(['fs', 'crypto', 'perf_hooks', 'node:crypto', 'node:fs/promises']);
  const prefix = '\0v86-node-only:';
  return {
    name: 'book:v86-node-only-modules',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id @param {string | undefined} importer */
    resolveId(id, importer) {
      if (ids.has(id) && importer && /[\\/]v86[\\/]build[\\/]libv86\.mjs$/.test(importer)) return prefix + id;
    },
    /** @param {string} id */
    load(id) {
      if (id.startsWith(prefix)) return 'export default {};';
    },
  };
}

export default defineConfig({
  site,
  base,
  vite: {
    plugins: [v86NodeOnlyModules()],
    build: {
      // The one chunk over Vite's 500 kB warning is the lab machine's runtime (the v86 emulator and
      // xterm.js, about 700 kB), fetched only when a reader presses Start; what a page loads first
      // has its own budget in `npm run bench`.
      chunkSizeWarningLimit: 800,
    },
  },
  // Keep pages, content config and middleware at the top level; src/ holds only logic and data.
  srcDir: '.',
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; the unified one runs them.
    processor: unified({
      // Mermaid fences become the SVGs in content/diagrams/ (src/scripts/diagrams/README.md), which
      // the book check renders first if a Chromium is found. In `astro dev` a diagram not rendered
      // yet shows its source and a note, and a warning in the terminal, instead of failing.
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkBook, { base }],
        [remarkMermaid, { onMissing: process.argv.includes('dev') ? 'placeholder' : 'error', zoomComponent: 'DiagramZoom' }],
        // Last: earlier plugins add components of their own.
        [remarkAutoImport, { components }],
      ],
      rehypePlugins: [[rehypeInternalLinks, { base, pages }], rehypeA11y, rehypeSearchHints],
    }),
  },
  integrations: [
    // First: check the whole book (and render missing diagrams) before anything is built.
    bookCheck(),
    // A sitemap needs absolute URLs, so without BOOK_SITE (a local build) the book has none.
    // Starlight adds @astrojs/sitemap unless an integration of that name exists, and the sitemap
    // then warns that it has no site: this stand-in takes its name and does nothing.
    ...(site ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    starlight({
      title: { en: 'Virtualization', 'zh-CN': '虚拟化' },
      description: 'An open textbook: virtualization from trap-and-emulate to serverless.',
      sidebar: sidebarFor(book, { 'zh-cn': zhTitles }),
      // English at the root, Simplified Chinese under /zh-cn/ (src/i18n/ holds the book's own strings).
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      lastUpdated: true,
      // Code blocks that scroll are focusable from the first paint, and their colours do not depend
      // on the machine's load (src/lib/ec-focusable-code.ts).
      expressiveCode: { plugins: [pluginFocusableCode()], shiki: { transformers: [shikiNoTimeLimit] } },
      routeMiddleware: './route-data.ts',
      // The 404 page is pages/404.astro (in both languages; see there why not Starlight's).
      disable404Route: true,
      customCss: ['./components/styles/book.css'],
      // Search ranking: the page that teaches a term (its "defines" metadata, from <Term define>,
      // see src/lib/remark-book.ts; English pages only) weighs more than pages that only use it.
      // The interface never shows the metadata (components/overrides/search-ui.ts).
      pagefind: { ranking: { metaWeights: { defines: 20 } } },
      // Installable as an app that reads offline (src/lib/offline.ts writes the files).
      head: [{ tag: 'link', attrs: { rel: 'manifest', href: `${base.replace(/\/?$/, '/')}manifest.webmanifest` } }],
      components: {
        Sidebar: './components/overrides/Sidebar.astro',
        Search: './components/overrides/Search.astro',
        MarkdownContent: './components/overrides/MarkdownContent.astro',
        Head: './components/overrides/Head.astro',
        LanguageSelect: './components/overrides/LanguageSelect.astro',
        EditLink: './components/overrides/EditLink.astro',
        Footer: './components/overrides/Footer.astro',
      },
      // "Edit this page" on the fork's own repository (GitHub Actions) or BOOK_REPO; none elsewhere.
      editLink: repo ? { baseUrl: editBaseUrl(repo) } : undefined,
    }),
    mdx(),
    wholeBook(book, base),
    // Last: lists every built file for offline reading (src/lib/offline.ts).
    offline(),
  ],
});
