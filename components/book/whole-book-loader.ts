/**
 * The whole-book page holds its first chapter; each later one waits in a <section data-part>
 * whose body is a file beside the page (src/lib/whole-book-parts.ts). This loads a part when the
 * reader comes within two screens of it, when a link or the address points into it, when the
 * reader asks for everything (the button, or the browser's find with Ctrl/⌘ F), and before
 * printing as far as the browser waits.
 */
const waiting = () => [...document.querySelectorAll<HTMLElement>('section[data-part]')];
const bar = document.querySelector<HTMLElement>('.bk-parts');
const button = bar?.querySelector<HTMLButtonElement>('[data-load-all]');
const statusLine = bar?.querySelector<HTMLElement>('.bk-parts__status');
const total = waiting().length;
const loads = new Map<HTMLElement, Promise<void>>();
let failed = false;

// A script already on the page is not run again: a part brings the scripts of its chapter's
// components, which another chapter may have brought first (a module file runs once anyway).
const ran = new Set([...document.scripts].map((s) => s.src || s.textContent || ''));

function say() {
  if (!bar || !statusLine) return;
  const left = waiting().length;
  if (failed) statusLine.textContent = bar.dataset.failed ?? '';
  else if (left === 0) statusLine.textContent = bar.dataset.loaded ?? '';
  else if (loads.size > 0) statusLine.textContent = (bar.dataset.loading ?? '').replace('{done}', String(total - left)).replace('{total}', String(total));
  if (button) button.hidden = left === 0;
}

function insert(section: HTMLElement, html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const scripts = [...template.content.querySelectorAll('script')];
  section.querySelector('.bk-part__pending')?.remove();
  section.append(template.content);
  // Scripts parsed into a template do not run; a fresh element does.
  for (const old of scripts) {
    const key = old.src || old.textContent || '';
    if (ran.has(key)) {
      old.remove();
      continue;
    }
    ran.add(key);
    const fresh = document.createElement('script');
    for (const a of old.attributes) fresh.setAttribute(a.name, a.value);
    fresh.textContent = old.textContent;
    old.replaceWith(fresh);
  }
  section.removeAttribute('data-part');
  section.removeAttribute('aria-busy');
  // Components that prepare their elements once at start-up (the previews) prepare these too.
  section.dispatchEvent(new CustomEvent('bk:content', { bubbles: true }));
}

function load(section: HTMLElement): Promise<void> {
  let done = loads.get(section);
  if (!done) {
    section.setAttribute('aria-busy', 'true');
    done = fetch(new URL(section.dataset.part!, location.href))
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      })
      .then((html) => insert(section, html))
      .catch(() => {
        // The section keeps its link to the chapter's own page; a later attempt may succeed.
        failed = true;
        loads.delete(section);
        section.removeAttribute('aria-busy');
      })
      .finally(say);
    loads.set(section, done);
    say();
  }
  return done;
}

const loadAll = () => Promise.all(waiting().map(load));

/** The section an in-page address belongs to: its own element, or its chapter's prefix (c7-…). */
function sectionFor(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.slice(1));
  if (!id || document.getElementById(id)) return null;
  const chapter = /^c(\d+)-/.exec(id)?.[1];
  const titleId = chapter ? `c${chapter}-chapter` : id.startsWith('answer-') ? 'appendix-answers' : null;
  const section = titleId ? document.getElementById(titleId)?.closest<HTMLElement>('section[data-part]') : null;
  return section ?? null;
}

async function follow(hash: string) {
  const section = sectionFor(hash);
  if (!section) return;
  await load(section);
  document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
}

if (total > 0) {
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.unobserve(e.target);
        void load(e.target as HTMLElement);
      }
    },
    { rootMargin: '200% 0px' },
  );
  for (const s of waiting()) near.observe(s);
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => void loadAll());
  }
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (a && sectionFor(a.hash)) {
      e.preventDefault();
      history.pushState(null, '', a.hash);
      void follow(a.hash);
    }
  });
  addEventListener('hashchange', () => void follow(location.hash));
  if (location.hash) void follow(location.hash);
  // The browser's find sees only what is on the page: bring in the rest as it opens.
  addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') void loadAll();
  });
  // Printing does not wait for the network; what has arrived by then prints, and the rest prints
  // as links to the chapters' own pages (the book's PDF has everything).
  addEventListener('beforeprint', () => void loadAll());
}
