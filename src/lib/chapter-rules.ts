/**
 * What every chapter must contain: the one statement of the rule. The pre-build check
 * (book-check.ts) enforces it naming file and line, the contributors' guide shows it
 * (<ChapterRules /> renders RULES), and the build tests check the built pages against the same
 * numbers, so the guide, the build and the tests cannot disagree.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { NodeProblem } from './author-checks';
import { citeKeys, isJsx, type JsxElement } from './chapter-analysis';

export const MIN_OBJECTIVES = 1;
export const MIN_REVIEW_QUESTIONS = 5;
/** A worked answer is at least a sentence, not "Yes." */
export const MIN_ANSWER_CHARS = 40;
export const MIN_QUIZ_ITEMS = 3;
export const MIN_REFERENCES = 3;

/** The closing sections, as `## ` headings, in this order, after the numbered sections. */
export const END_SECTIONS = ['Summary', 'Review questions', 'Self-check quiz', 'Further reading'] as const;

/** The rule in words, for the guide; each line is checked by chapterProblems below. */
export const RULES: readonly string[] = [
  `Starts with \`<Objectives>\`: a list of at least ${MIN_OBJECTIVES} learning objective, before the first heading.`,
  'Has numbered sections (`##`, subsections `###`) between the opening paragraphs and the closing sections.',
  `Ends with these \`##\` sections, in this order: ${END_SECTIONS.map((s) => `“${s}”`).join(', ')}.`,
  '“Summary” holds a `<Summary>` list.',
  `“Review questions” holds \`<Questions>\` with at least ${MIN_REVIEW_QUESTIONS} \`<Question>\`s, each with a worked \`<Answer>\` (at least ${MIN_ANSWER_CHARS} characters).`,
  `“Self-check quiz” holds a \`<Quiz id="…">\` with at least ${MIN_QUIZ_ITEMS} \`<QuizItem>\`s.`,
  `Cites at least ${MIN_REFERENCES} different sources with \`<Cite>\` (the chapter's reference list is built from them).`,
  'Has at least one `<Figure>` holding a Mermaid diagram or a demo.',
];

const DEMO = /^(TrapStepper|ExitCost|PageWalk|ColdStart|BootComparison|DensityCalculator|FeatureMatrix|Timeline)$/;

/** Problems with a chapter's structure; `end` is where a missing part should go (the file's last line). */
export function chapterProblems(tree: Root): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const children = tree.children;
  const endNode = { position: { start: { line: tree.position?.end.line ?? 1, column: 1 } } };
  const firstHeading = children.findIndex((n) => n.type === 'heading');
  const firstContent = children[0];

  // Objectives: a JSX element before the first heading, with a list inside.
  const objectives = children.slice(0, firstHeading === -1 ? undefined : firstHeading).find((n) => isJsx(n, 'Objectives')) as JsxElement | undefined;
  if (!objectives) {
    problems.push({ node: firstContent, message: `a chapter starts with <Objectives> (a list of what the reader will be able to do) before its first heading` });
  } else if (countListItems(objectives) < MIN_OBJECTIVES) {
    problems.push({ node: objectives, message: `<Objectives> needs a list ("- …") of at least ${MIN_OBJECTIVES} objective` });
  }

  // The closing sections, found by their heading text, in order.
  const h2 = children.map((n, i) => ({ n, i })).filter((x): x is { n: Heading; i: number } => x.n.type === 'heading' && x.n.depth === 2);
  const indexOf = (title: string) => h2.findIndex((x) => toString(x.n).trim().toLowerCase() === title.toLowerCase());
  const found = END_SECTIONS.map((title) => ({ title, at: indexOf(title) }));
  for (const f of found) if (f.at === -1) problems.push({ node: endNode, message: `a chapter needs a "## ${f.title}" section (closing sections, in order: ${END_SECTIONS.join(', ')})` });
  const present = found.filter((f) => f.at !== -1);
  for (let i = 1; i < present.length; i++) {
    if (present[i]!.at < present[i - 1]!.at) {
      problems.push({ node: h2[present[i]!.at]!.n, message: `"## ${present[i]!.title}" must come after "## ${present[i - 1]!.title}" (closing sections, in order: ${END_SECTIONS.join(', ')})` });
    }
  }
  const numbered = h2.filter((x) => !(END_SECTIONS as readonly string[]).some((t) => t.toLowerCase() === toString(x.n).trim().toLowerCase()));
  if (numbered.length === 0) problems.push({ node: firstContent, message: 'a chapter needs at least one numbered "## " section before its Summary' });

  /** The nodes between the heading of section `title` and the next ## heading. */
  const body = (title: string): RootContent[] => {
    const at = indexOf(title);
    if (at === -1) return [];
    const from = h2[at]!.i + 1;
    const to = h2[at + 1]?.i ?? children.length;
    return children.slice(from, to);
  };
  const heading = (title: string) => h2[indexOf(title)]?.n;
  const within = (title: string, name: string) => findJsx(body(title), name);

  if (indexOf('Summary') !== -1) {
    const summary = within('Summary', 'Summary');
    if (!summary || countListItems(summary) === 0) problems.push({ node: summary ?? heading('Summary'), message: '"## Summary" needs a <Summary> element holding a list ("- …") of the main ideas' });
  }
  if (indexOf('Review questions') !== -1) {
    const questions = within('Review questions', 'Questions');
    const list = questions ? (questions.children.filter((c) => isJsx(c, 'Question')) as JsxElement[]) : [];
    if (list.length < MIN_REVIEW_QUESTIONS) {
      problems.push({
        node: questions ?? heading('Review questions'),
        message: `"## Review questions" needs <Questions> with at least ${MIN_REVIEW_QUESTIONS} <Question>s (found ${list.length})`,
      });
    }
    for (const q of list) {
      const answer = q.children.find((c) => isJsx(c, 'Answer'));
      if (answer && toString(answer).trim().length < MIN_ANSWER_CHARS) {
        problems.push({ node: answer, message: `this <Answer> is too short for a worked answer (at least ${MIN_ANSWER_CHARS} characters)` });
      }
    }
  }
  if (indexOf('Self-check quiz') !== -1) {
    const quiz = within('Self-check quiz', 'Quiz');
    let items = 0;
    if (quiz) visit(quiz, (n) => void (isJsx(n, 'QuizItem') && items++));
    if (items < MIN_QUIZ_ITEMS) problems.push({ node: quiz ?? heading('Self-check quiz'), message: `"## Self-check quiz" needs a <Quiz id="…"> with at least ${MIN_QUIZ_ITEMS} <QuizItem>s (found ${items})` });
  }

  const keys = new Set<string>();
  let illustrated = false;
  visit(tree, (n) => {
    for (const k of citeKeys(n)) keys.add(k);
    if (isJsx(n, 'Figure')) {
      visit(n, (inner) => {
        if ((inner.type === 'code' && (inner.lang ?? '').toLowerCase() === 'mermaid') || (isJsx(inner) && DEMO.test(inner.name ?? ''))) illustrated = true;
      });
    }
  });
  if (keys.size < MIN_REFERENCES) problems.push({ node: endNode, message: `a chapter cites at least ${MIN_REFERENCES} different sources with <Cite> (found ${keys.size})` });
  if (!illustrated) problems.push({ node: endNode, message: 'a chapter needs at least one <Figure> holding a Mermaid diagram or a demo' });
  return problems;
}

function countListItems(node: { children?: unknown[] }): number {
  let n = 0;
  visit(node as Root, 'listItem', () => void n++);
  return n;
}

function findJsx(nodes: RootContent[], name: string): JsxElement | undefined {
  for (const node of nodes) {
    let hit: JsxElement | undefined;
    visit(node, (n) => {
      if (!hit && isJsx(n, name)) hit = n;
    });
    if (hit) return hit;
  }
  return undefined;
}
