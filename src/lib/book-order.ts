/**
 * The book's order, computed from the files in content/docs: the one place chapter numbers come
 * from. Front and back matter sit at the root of content/docs and are unnumbered; chapters sit in
 * one folder per part, as `NN-slug.mdx`, where NN only orders the chapters inside the part.
 */

import { LANG, LOCALES, MESSAGES, type Locale, type Messages } from '../i18n/messages';

export interface Part {
  /** Folder under content/docs. */
  dir: string;
  /** Roman numeral shown in the sidebar. */
  numeral: string;
  title: string;
}

export const PARTS: readonly Part[] = [
  { dir: 'foundations', numeral: 'I', title: 'Foundations' },
  { dir: 'system', numeral: 'II', title: 'System virtualization' },
  { dir: 'lightweight', numeral: 'III', title: 'OS-level and lightweight virtualization' },
  { dir: 'cloud-native', numeral: 'IV', title: 'Cloud-native architectures' },
];

/** Root pages, in sidebar order. A root page not listed here is an error (say where it goes). */
export const FRONT_MATTER = ['index', 'preface'] as const;
export const BACK_MATTER = ['glossary', 'references', 'sources', 'lab-machine', 'whole-book', 'contributing'] as const;

export interface SourceFile {
  /** Path relative to content/docs, with forward slashes, e.g. "system/01-cpu-virtualization.mdx". */
  path: string;
  title: string;
}

export interface BookPage {
  path: string;
  /** The content collection id, also the URL path: "system/cpu-virtualization", "preface", "index". */
  id: string;
  /** The chapter's short slug, used in cross-reference ids ("cpu-virtualization"); else the id. */
  slug: string;
  title: string;
  kind: 'front' | 'chapter' | 'back';
  part?: Part;
  /** 1-based chapter number, for chapters only. */
  chapter?: number;
}

export interface Book {
  pages: BookPage[];
  chapters: BookPage[];
  byId: Map<string, BookPage>;
  bySlug: Map<string, BookPage>;
  byPath: Map<string, BookPage>;
}

const CHAPTER_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;
const ROOT_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;

/** The collection id of a file: its path without extension and without `NN-` ordering prefixes. */
export function idFromPath(path: string): string {
  return path
    .replace(/\.(mdx?|markdown)$/, '')
    .split('/')
    .map((seg) => seg.replace(/^\d{2}-/, ''))
    .join('/')
    // A translation's home page is its locale's root, as Starlight expects ("zh-cn", not "zh-cn/index").
    .replace(/^(zh-cn)\/index$/, '$1');
}

/** Build and validate the book from the list of content files. Throws naming every bad file. */
export function buildBook(files: readonly SourceFile[]): Book {
  const problems: string[] = [];
  const front: BookPage[] = [];
  const back: BookPage[] = [];
  const chaptersByPart = new Map<string, { order: string; page: BookPage }[]>();

  for (const f of files) {
    const segs = f.path.split('/');
    if (segs.length === 1) {
      const m = ROOT_FILE.exec(segs[0]!);
      const name = m?.[1];
      const kind = (FRONT_MATTER as readonly string[]).includes(name ?? '')
        ? 'front'
        : (BACK_MATTER as readonly string[]).includes(name ?? '')
          ? 'back'
          : undefined;
      if (!name || !kind) {
        problems.push(
          `content/docs/${f.path}: a page at the root must be front matter (${FRONT_MATTER.join(', ')}) or back matter (${BACK_MATTER.join(', ')}); put chapters in a part folder (${PARTS.map((p) => p.dir).join(', ')})`,
        );
        continue;
      }
      (kind === 'front' ? front : back).push({ path: f.path, id: name, slug: name, title: f.title, kind });
      continue;
    }
    const part = PARTS.find((p) => p.dir === segs[0]);
    if (!part || segs.length !== 2) {
      problems.push(`content/docs/${f.path}: not in a part folder; chapters go in content/docs/<part>/NN-slug.mdx with <part> one of ${PARTS.map((p) => p.dir).join(', ')}`);
      continue;
    }
    const m = CHAPTER_FILE.exec(segs[1]!);
    if (!m) {
      problems.push(`content/docs/${f.path}: a chapter file must be named NN-slug.mdx (two digits, then a kebab-case slug)`);
      continue;
    }
    const list = chaptersByPart.get(part.dir) ?? [];
    list.push({ order: m[1]!, page: { path: f.path, id: idFromPath(f.path), slug: m[2]!, title: f.title, kind: 'chapter', part } });
    chaptersByPart.set(part.dir, list);
  }

  const chapters: BookPage[] = [];
  for (const part of PARTS) {
    const list = (chaptersByPart.get(part.dir) ?? []).sort((a, b) => a.order.localeCompare(b.order));
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.order === list[i - 1]!.order) {
        problems.push(`content/docs/${list[i]!.page.path}: same order prefix ${list[i]!.order} as content/docs/${list[i - 1]!.page.path}`);
      }
    }
    for (const { page } of list) chapters.push({ ...page, chapter: chapters.length + 1 });
  }

  const bySlug = new Map<string, BookPage>();
  for (const c of chapters) {
    const other = bySlug.get(c.slug);
    if (other) problems.push(`content/docs/${c.path}: chapter slug "${c.slug}" is also used by content/docs/${other.path}`);
    bySlug.set(c.slug, c);
  }
  if (problems.length) throw new Error(`The book's files are not in order:\n  ${problems.join('\n  ')}`);

  const orderIn = (list: readonly string[], p: BookPage) => list.indexOf(p.id);
  front.sort((a, b) => orderIn(FRONT_MATTER, a) - orderIn(FRONT_MATTER, b));
  back.sort((a, b) => orderIn(BACK_MATTER, a) - orderIn(BACK_MATTER, b));
  const pages = [...front, ...chapters, ...back];
  return {
    pages,
    chapters,
    byId: new Map(pages.map((p) => [p.id, p])),
    bySlug,
    byPath: new Map(pages.map((p) => [p.path, p])),
  };
}

/** "Chapter 4. CPU virtualization" style label used in the sidebar and the print edition. */
export function chapterLabel(page: BookPage): string {
  return page.chapter ? `${page.chapter}. ${page.title}` : page.title;
}

/** The URL path of a page under a base ("/" or "/course/"): "/course/system/cpu-virtualization/". */
export function pageHref(id: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return id === 'index' ? b : `${b}${id}/`;
}

/** The URL path of a page in a language: English at the root, others under /<locale>/. */
export function localePageHref(id: string, base: string, locale: Locale): string {
  return pageHref(locale === 'en' ? id : id === 'index' ? locale : `${locale}/${id}`, base);
}

type Translations = { translations?: Record<string, string> };
type SidebarItem = ({ label: string; slug: string } | { label: string; items: SidebarItem[]; collapsed?: boolean }) & Translations;

/**
 * Starlight's sidebar config: front matter, one group per part, back matter; each label with its
 * translations (Starlight keys them by BCP 47 tag). `titles` gives each locale's page titles by
 * English path, where a page is translated (else the English title is shown).
 */
export function sidebarFor(book: Book, titles: Partial<Record<Locale, ReadonlyMap<string, string>>> = {}): SidebarItem[] {
  const others = LOCALES.filter((l) => l !== 'en');
  const tr = (make: (m: Messages, l: Locale) => string): Translations => ({
    translations: Object.fromEntries(others.map((l) => [LANG[l], make(MESSAGES[l], l)])),
  });
  const label = (m: Messages, l: Locale, p: BookPage) => {
    const title = titles[l]?.get(p.path) ?? p.title;
    if (p.kind === 'front' && p.id === 'index') return m.home;
    return p.chapter ? m.chapterInSidebar(String(p.chapter), title) : title;
  };
  const link = (p: BookPage) => ({ label: label(MESSAGES.en, 'en', p), slug: p.id, ...tr((m, l) => label(m, l, p)) });
  const items: SidebarItem[] = book.pages.filter((p) => p.kind === 'front').map(link);
  for (const part of PARTS) {
    const chapters = book.chapters.filter((c) => c.part?.dir === part.dir);
    const name = (m: Messages) => m.part(part.numeral, m.partTitles[part.dir as keyof Messages['partTitles']]);
    if (chapters.length) items.push({ label: name(MESSAGES.en), ...tr(name), items: chapters.map(link) });
  }
  const back = book.pages.filter((p) => p.kind === 'back');
  if (back.length) items.push({ label: MESSAGES.en.backMatter, ...tr((m) => m.backMatter), items: back.map(link) });
  return items;
}
