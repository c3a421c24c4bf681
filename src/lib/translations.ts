/**
 * Translations of the book: which English pages a locale translates, whether each translation is
 * stale, and whether it has the same structure as its English source ("parity").
 *
 * A translation lives at content/docs/<locale>/<same path as the English file> and declares in
 * its frontmatter the English file it translates and that file's content hash at translation time:
 *
 *   translationOf: system/01-cpu-virtualization.mdx
 *   sourceHash: 3f2a9c1b0d4e      # first 12+ hex digits of sha256(English file)
 *
 * Staleness: when the English file's hash no longer starts with sourceHash, the page shows a notice
 * and `npm run translations` prints what changed in the English since (found in git history: the
 * commit whose version of the English file has that hash; see src/scripts/translations.ts).
 *
 * Parity: both files must have the same sections (by id: a translation keeps the English ids with
 * `## 标题 {/* #english-id *\/}`), figures and tables, review questions and quiz items, in the same
 * order; and each section must use the same cross-references, glossary terms and citations (in any
 * order inside the section, since word order differs between languages).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Book } from './book-order';
import { analyzeChapter, attr, citeKeys, isJsx } from './chapter-analysis';
import { parseMdx } from './mdx-parse';

export const TRANSLATION_LOCALES = ['zh-cn'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** Shortest accepted sourceHash prefix. */
export const MIN_HASH = 12;

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface Translation {
  locale: TranslationLocale;
  /** Path relative to content/docs: "zh-cn/system/01-cpu-virtualization.mdx". */
  path: string;
  /** The English file it translates, relative to content/docs. */
  source: string;
  title: string;
  description: string;
  sourceHash: string;
  text: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return walk(full);
    return /\.mdx?$/.test(d.name) && !d.name.startsWith('_') ? [full] : [];
  });
}

/**
 * Every translation of a locale, checked against the English book: same file path as its source,
 * translationOf naming that source, a sourceHash. Throws listing every problem.
 */
export function readTranslations(book: Book, docsDir: string, locale: TranslationLocale): Map<string, Translation> {
  const out = new Map<string, Translation>();
  const problems: string[] = [];
  for (const full of walk(join(docsDir, locale)).sort()) {
    const path = relative(docsDir, full).split(sep).join('/');
    const text = readFileSync(full, 'utf8');
    const { frontmatter: fm } = parseFrontmatter(text);
    const source = path.slice(locale.length + 1);
    const where = `content/docs/${path}`;
    if (!book.byPath.has(source)) {
      problems.push(`${where}: no English page content/docs/${source}; a translation has the same path as the page it translates`);
      continue;
    }
    if (fm.translationOf !== source) {
      problems.push(`${where}: frontmatter "translationOf" must be "${source}" (found ${JSON.stringify(fm.translationOf ?? null)})`);
      continue;
    }
    const hash = typeof fm.sourceHash === 'string' ? fm.sourceHash : '';
    if (!new RegExp(`^[0-9a-f]{${MIN_HASH},64}$`).test(hash)) {
      problems.push(`${where}: frontmatter "sourceHash" must be at least ${MIN_HASH} hex digits of the sha256 of content/docs/${source} (npm run translations prints it)`);
      continue;
    }
    out.set(source, {
      locale,
      path,
      source,
      title: String(fm.title ?? ''),
      description: String(fm.description ?? ''),
      sourceHash: hash,
      text,
    });
  }
  if (problems.length) throw new Error(`Translations are not in order:\n  ${problems.join('\n  ')}`);
  return out;
}

export interface Staleness {
  stale: boolean;
  /** The English file's current hash (full). */
  current: string;
}

export function staleness(t: Pick<Translation, 'sourceHash'>, englishText: string): Staleness {
  const current = contentHash(englishText);
  return { stale: !current.startsWith(t.sourceHash), current };
}

// ---------------------------------------------------------------------------------------------
// Parity

export interface Item {
  key: string;
  line: number;
  /** What a reader would call it, for messages. */
  label: string;
}

export interface ParityOutline {
  sections: Item[];
  figures: Item[];
  questions: Item[];
  quizItems: Item[];
  /** Section id ('' before the first heading) → the refs, terms and citations used in it. */
  uses: Map<string, Item[]>;
}

const line = (n: { position?: { start: { line: number } } }) => n.position?.start.line ?? 0;

/** The structure of one page that a translation must keep. */
export function parityOutline(tree: Root, chapter: number | undefined): ParityOutline {
  const { sections, figures } = analyzeChapter(tree, chapter);
  const out: ParityOutline = {
    sections: sections.map((s) => ({ key: s.slug, line: line(s.node), label: `section #${s.slug}` })),
    figures: figures.map((f) => ({ key: f.id, line: line(f.node), label: `${f.kind} ${f.id}` })),
    questions: [],
    quizItems: [],
    uses: new Map(),
  };
  const headingAt = new Map(sections.map((s) => [s.node, s.slug]));
  let current = '';
  let question = 0;
  const use = (item: Item) => out.uses.set(current, [...(out.uses.get(current) ?? []), item]);
  visit(tree, (node) => {
    if (node.type === 'heading' && headingAt.has(node)) current = headingAt.get(node)!;
    if (!isJsx(node)) return;
    switch (node.name) {
      case 'Question':
        question += 1;
        out.questions.push({ key: String(question), line: line(node), label: `review question ${question}` });
        break;
      case 'Quiz': {
        const id = attr(node, 'id') ?? '';
        let n = 0;
        visit(node, (q) => {
          if (isJsx(q, 'QuizItem')) {
            n += 1;
            const options = q.children.flatMap((p) => (isJsx(p, 'Option') ? [p] : p.type === 'paragraph' ? p.children.filter((c) => isJsx(c, 'Option')) : []));
            const correct = options.map((o, i) => (isJsx(o) && o.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'correct') ? i + 1 : 0)).filter(Boolean);
            out.quizItems.push({
              key: `${id}#${n}:${options.length}:${correct.join(',')}`,
              line: line(q),
              label: `quiz "${id}" item ${n} (${options.length} options, correct: ${correct.join(', ') || 'none'})`,
            });
          }
        });
        break;
      }
      case 'Term': {
        const id = attr(node, 'id');
        if (id) use({ key: `term:${id}`, line: line(node), label: `<Term id="${id}">` });
        break;
      }
      case 'Ref': {
        const to = attr(node, 'to');
        if (to) use({ key: `ref:${to}`, line: line(node), label: `<Ref to="${to}">` });
        break;
      }
    }
    for (const k of citeKeys(node)) use({ key: `cite:${k}`, line: line(node), label: `citation "${k}"` });
  });
  return out;
}

/** Compare two ordered lists; messages name the translation's line (and the English line). */
function compareOrdered(what: string, en: Item[], tr: Item[], at: (line: number) => string, endLine: number): string[] {
  const problems: string[] = [];
  const trKeys = new Set(tr.map((i) => i.key));
  const enKeys = new Set(en.map((i) => i.key));
  en.forEach((item, i) => {
    if (trKeys.has(item.key)) return;
    // Where it should go: before the translation's counterpart of the next English item present.
    const next = en.slice(i + 1).find((n) => trKeys.has(n.key));
    const before = next ? tr.find((t) => t.key === next.key)! : undefined;
    problems.push(`${at(before?.line ?? endLine)}: ${item.label} is missing (English line ${item.line})${before ? `; expected before ${before.label}` : ''}`);
  });
  for (const item of tr) if (!enKeys.has(item.key)) problems.push(`${at(item.line)}: ${item.label} is not in the English (${what})`);
  // Order of the items both have.
  const common = (list: Item[], other: Set<string>) => list.filter((x) => other.has(x.key));
  const a = common(en, trKeys);
  const b = common(tr, enKeys);
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.key !== b[i]!.key) {
      problems.push(`${at(b[i]!.line)}: ${what} out of order: ${b[i]!.label} is here, but the English (line ${a[i]!.line}) has ${a[i]!.label} at this place`);
      break;
    }
  }
  return problems;
}

/**
 * Every difference in structure between an English page and its translation, each naming the
 * translation's file and line. `trPath`/`enPath` are relative to the project (for messages).
 */
export function compareParity(en: ParityOutline, tr: ParityOutline, trPath: string, enPath: string, trEndLine = 0): string[] {
  const at = (l: number) => `${trPath}:${l}`;
  const problems = [
    ...compareOrdered('sections', en.sections, tr.sections, at, trEndLine),
    ...compareOrdered('figures and tables', en.figures, tr.figures, at, trEndLine),
    ...compareOrdered('review questions', en.questions, tr.questions, at, trEndLine),
    ...compareOrdered('quiz items', en.quizItems, tr.quizItems, at, trEndLine),
  ];
  const sectionLine = new Map(tr.sections.map((s) => [s.key, s.line]));
  // Uses are compared in the sections both have (a missing or unknown section is reported above).
  const enSections = new Set(['', ...en.sections.map((s) => s.key)]);
  const trSections = new Set(['', ...tr.sections.map((s) => s.key)]);
  for (const [section, items] of en.uses) {
    if (!trSections.has(section)) continue;
    const theirs = tr.uses.get(section) ?? [];
    const keys = new Set(theirs.map((i) => i.key));
    const where = section ? `section #${section}` : 'the introduction';
    const seen = new Set<string>();
    for (const item of items) {
      if (keys.has(item.key) || seen.has(item.key)) continue;
      seen.add(item.key);
      problems.push(`${at(sectionLine.get(section) ?? 1)}: ${item.label} (English line ${item.line}) is missing from ${where}`);
    }
  }
  for (const [section, items] of tr.uses) {
    if (!enSections.has(section)) continue;
    const ours = new Set((en.uses.get(section) ?? []).map((i) => i.key));
    const where = section ? `section #${section}` : 'the introduction';
    const seen = new Set<string>();
    for (const item of items) {
      if (ours.has(item.key) || seen.has(item.key)) continue;
      seen.add(item.key);
      problems.push(`${at(item.line)}: ${item.label} is not used in ${where} of the English (${enPath})`);
    }
  }
  return problems;
}

/** Parity of a translation's text against its English text; [] when they match. */
export function checkParity(enText: string, trText: string, chapter: number | undefined, trPath: string, enPath: string): string[] {
  const en = parityOutline(parseMdx(enText), chapter);
  const tr = parityOutline(parseMdx(trText), chapter);
  return compareParity(en, tr, trPath, enPath, trText.split('\n').length);
}
