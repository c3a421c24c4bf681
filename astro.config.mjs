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
import { deployTarget } from './src/lib/deploy-target.ts';
import rehypeInternalLinks from './src/lib/rehype-internal-links.ts';
import remarkBook from './src/lib/remark-book.ts';
import rehypeA11y from './src/lib/rehype-a11y.ts';
import { remarkMermaid } from './src/lib/remark-mermaid.ts';
import remarkAutoImport from './src/lib/remark-auto-import.ts';
import wholeBook from './src/lib/whole-book-integration.ts';

// Authors use the apparatus and the demos in MDX without import lines: each MDX file imports the
// components it uses (src/lib/remark-auto-import.ts), so a page carries only their CSS and scripts.
const components = Object.fromEntries([
  ...[
    ...['Figure', 'Ref', 'Term', 'Cite', 'ChapterReferences', 'Objectives', 'Summary', 'Questions', 'Question', 'Answer'],
    ...['Quiz', 'QuizItem', 'Option', 'GlossaryList', 'ReferenceList', 'SourcesCoverage', 'WholeBook', 'MarkRead', 'BookProgress'],
  ].map((name) => [name, `./components/book/${name}.astro`]),
  ...['TrapStepper', 'ExitCost', 'PageWalk', 'ColdStart', 'Migration'].map((name) => [name, `./components/simulators/${name}.astro`]),
  ...['BootComparison', 'DensityCalculator', 'FeatureMatrix', 'Timeline'].map((name) => [name, `./components/demos/${name}.astro`]),
]);

// site and base come from the environment (see README, "Deploying"): a fork deploys unchanged.
const { site, base } = deployTarget(process.env);
// The book's order is read from content/docs once; it numbers chapters and builds the sidebar.
const book = readBook();
// The Simplified Chinese edition: content/docs/zh-cn/<same path>; untranslated pages fall back to English.
const zhTranslations = readTranslations(book, DOCS_DIR, 'zh-cn');
// Sidebar titles: a translation's own title, else the page's Chinese name (src/i18n/zh-titles.ts).
const zhTitles = new Map(book.pages.map((p) => [p.path, zhTranslations.get(p.path)?.title ?? zhTitle(p.path) ?? p.title]));
const pages = new Set(book.pages.flatMap((p) => [pageHref(p.id, '/'), localePageHref(p.id, '/', 'zh-cn')]));

export default defineConfig({
  site,
  base,
  // Keep pages, content config and middleware at the top level; src/ holds only logic and data.
  srcDir: '.',
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; the unified one runs them.
    processor: unified({
      // Mermaid fences become the SVGs `npm run diagrams` rendered (docs/diagrams.md). In
      // `astro dev` a diagram not rendered yet shows its source and a note instead of failing.
      remarkPlugins: [
        [remarkBook, { base }],
        [remarkMermaid, { onMissing: process.argv.includes('dev') ? 'placeholder' : 'error' }],
        // Last: earlier plugins add components of their own.
        [remarkAutoImport, { components }],
      ],
      rehypePlugins: [[rehypeInternalLinks, { base, pages }], rehypeA11y],
    }),
  },
  integrations: [
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
      routeMiddleware: './route-data.ts',
      customCss: ['./components/styles/book.css'],
      components: {
        Sidebar: './components/overrides/Sidebar.astro',
        Search: './components/overrides/Search.astro',
        MarkdownContent: './components/overrides/MarkdownContent.astro',
        Head: './components/overrides/Head.astro',
        LanguageSelect: './components/overrides/LanguageSelect.astro',
      },
      editLink: process.env.GITHUB_REPOSITORY
        ? { baseUrl: `https://github.com/${process.env.GITHUB_REPOSITORY}/edit/main/` }
        : undefined,
    }),
    mdx(),
    wholeBook(book, base),
  ],
});
