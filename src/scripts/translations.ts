/**
 * `npm run translations`: the state of every translation.
 *
 * For each page of the English book: translated or not (per locale); for each translation, whether
 * its structure matches the English (parity, src/lib/translations.ts) and whether it is stale. A
 * translation records the sha256 of the English file it was made from (`sourceHash`); when the
 * English file's hash differs, this finds in git history the commit whose version of the English
 * file has that hash and prints `git diff` from that version to the English file as it is now:
 * exactly what the translator has to carry over. (Nothing else is stored: git already keeps every
 * English text a translation could have been made from. If the recorded hash matches no committed
 * version, e.g. the translation was made from uncommitted text, it says so.)
 *
 * Exit status 1 when a translation fails parity (the build fails on it too); stale pages are
 * listed but are not an error: the page shows readers a notice until the translation catches up.
 * `--hash <english path>` prints the sourceHash to record for a file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, readBook } from '../lib/book-files.ts';
import { checkParity, contentHash, MIN_HASH, readTranslations, staleness, TRANSLATION_LOCALES } from '../lib/translations.ts';

const args = process.argv.slice(2);
if (args[0] === '--hash') {
  for (const p of args.slice(1)) console.log(`${contentHash(readFileSync(join(DOCS_DIR, p), 'utf8')).slice(0, 16)}  ${p}`);
  process.exit(0);
}

const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The newest commit whose version of `file` (repo-relative) has a sha256 starting with `hash`. */
export function commitWithHash(file: string, hash: string): string | undefined {
  let commits: string[];
  try {
    commits = git('log', '--format=%H', '--', file).split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  for (const c of commits) {
    try {
      if (contentHash(git('show', `${c}:${file}`)).startsWith(hash)) return c;
    } catch {
      /* the file did not exist at that commit */
    }
  }
  return undefined;
}

const book = readBook();
let failed = false;
for (const locale of TRANSLATION_LOCALES) {
  const translations = readTranslations(book, DOCS_DIR, locale);
  console.log(`\n${locale}: ${translations.size} of ${book.pages.length} pages translated\n`);
  for (const page of book.pages) {
    const t = translations.get(page.path);
    if (!t) {
      console.log(`  untranslated  content/docs/${page.path}`);
      continue;
    }
    const english = readFileSync(join(DOCS_DIR, page.path), 'utf8');
    const problems = checkParity(english, t.text, page.chapter, `content/docs/${t.path}`, `content/docs/${page.path}`);
    const { stale, current } = staleness(t, english);
    const state = problems.length ? 'MISMATCH' : stale ? 'STALE' : 'ok';
    console.log(`  ${state.padEnd(12)}  content/docs/${t.path}`);
    for (const p of problems) console.log(`      ${p}`);
    if (problems.length) failed = true;
    if (stale) {
      const file = `content/docs/${page.path}`;
      const commit = commitWithHash(file, t.sourceHash);
      console.log(`      the English changed: sourceHash ${t.sourceHash}, now ${current.slice(0, MIN_HASH + 4)}`);
      if (!commit) {
        console.log(`      no committed version of ${file} has the recorded hash; compare by hand`);
      } else {
        console.log(`      translated from ${commit.slice(0, 12)}; what changed in the English since:\n`);
        console.log(git('diff', '--no-color', commit, '--', file).replace(/^/gm, '        '));
      }
      console.log(`      when the translation is updated, set sourceHash: ${current.slice(0, 16)}`);
    }
  }
}
process.exit(failed ? 1 : 0);
