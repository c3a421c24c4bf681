/**
 * Grading of quiz items: the reader's choice against the set of correct options, with one retry
 * before the answer is revealed, and the score of a quiz. Options are identified by their index in
 * the chapter's source (the value of their input), whatever order the page shows them in.
 *
 * Every sentence is a {placeholder} template of the browser's part of the catalogue
 * (src/i18n/client.ts), formatted by src/i18n/format.ts. The page's script passes the messages the
 * server wrote into data-messages to the `…With` functions, which take them as a required argument,
 * so the page ships no catalogue; the functions without `With` default to English (tests, server).
 */
import { CLIENT_MESSAGES, type ClientMessages as Messages } from '../i18n/client';
import { bookQuizText, fill, gradeText, scoreText, wrongParts } from '../i18n/format';

export interface Grade {
  correct: boolean;
  /** Chosen options that are wrong, and correct options that were not chosen. */
  wrongChosen: number[];
  missed: number[];
}

export function gradeItem(chosen: readonly number[], correct: readonly number[]): Grade {
  const c = new Set(correct);
  const ch = new Set(chosen);
  const wrongChosen = [...ch].filter((i) => !c.has(i)).sort((a, b) => a - b);
  const missed = [...c].filter((i) => !ch.has(i)).sort((a, b) => a - b);
  return { correct: wrongChosen.length === 0 && missed.length === 0, wrongChosen, missed };
}

/** The sentence read out after a final check (the answer is shown). */
export function gradeMessage(g: Grade, chosenCount: number, m: Messages = CLIENT_MESSAGES.en): string {
  return gradeText(g, chosenCount, m);
}

/**
 * The sentence after a first wrong answer. With one right answer, "one choice is wrong" says nothing
 * more; with several, the counts help (without saying which).
 */
export function tryAgainMessage(g: Grade, correctCount: number, m: Messages = CLIENT_MESSAGES.en): string {
  return tryAgainMessageWith(g, correctCount, m);
}

export function tryAgainMessageWith(g: Grade, correctCount: number, m: Messages): string {
  return correctCount > 1 ? fill(m.quizTryAgainMany, { parts: wrongParts(g, m) }) : m.quizTryAgain;
}

/** One question's progress: open (may still be answered), answered correctly, or answer revealed. */
export type Outcome = 'open' | 'correct' | 'revealed';

export interface ItemState {
  chosen: number[];
  /** Whether the current choice has been checked (its marks are shown). */
  checked: boolean;
  /** Checks made so far. */
  tries: number;
  outcome: Outcome;
}

export const OPEN_ITEM: ItemState = { chosen: [], checked: false, tries: 0, outcome: 'open' };

export interface Attempt {
  state: ItemState;
  grade: Grade | null;
  /** Show every option's mark and explanation (the right answer); otherwise only the chosen wrong ones. */
  reveal: boolean;
  message: string;
}

/**
 * Check a choice. A first wrong answer says "try again" and explains only the options chosen; a
 * second wrong answer reveals the right one. A finished question (correct or revealed) stays as it is.
 */
export function checkAttempt(prev: ItemState, chosen: readonly number[], correct: readonly number[], m: Messages = CLIENT_MESSAGES.en): Attempt {
  return checkAttemptWith(prev, chosen, correct, m);
}

export function checkAttemptWith(prev: ItemState, chosen: readonly number[], correct: readonly number[], m: Messages): Attempt {
  if (prev.outcome !== 'open') {
    return { state: prev, grade: gradeItem(prev.chosen, correct), reveal: true, message: finishedMessageWith(prev, gradeItem(prev.chosen, correct), m) };
  }
  if (!chosen.length) return { state: prev, grade: null, reveal: false, message: m.quizChooseFirst };
  const grade = gradeItem(chosen, correct);
  const tries = prev.tries + 1;
  if (grade.correct) {
    const state: ItemState = { chosen: [...chosen], checked: true, tries, outcome: 'correct' };
    return { state, grade, reveal: true, message: finishedMessageWith(state, grade, m) };
  }
  if (tries < 2) {
    return {
      state: { chosen: [...chosen], checked: true, tries, outcome: 'open' },
      grade,
      reveal: false,
      message: tryAgainMessageWith(grade, correct.length, m),
    };
  }
  const state: ItemState = { chosen: [...chosen], checked: true, tries, outcome: 'revealed' };
  return { state, grade, reveal: true, message: finishedMessageWith(state, grade, m) };
}

/** Give up on a question: its answer is revealed (an answered question is unchanged). */
export function revealAnswer(prev: ItemState): ItemState {
  return prev.outcome === 'open' ? { ...prev, checked: true, outcome: 'revealed' } : prev;
}

/** What a finished question says. */
export function finishedMessage(s: ItemState, g: Grade, m: Messages = CLIENT_MESSAGES.en): string {
  return finishedMessageWith(s, g, m);
}

export function finishedMessageWith(s: ItemState, g: Grade, m: Messages): string {
  if (s.outcome === 'correct') return s.tries > 1 ? m.quizCorrectSecondTry : m.quizCorrect;
  if (!s.chosen.length || g.correct) return m.quizAnswerShown;
  // One right answer: counting wrong and missed options ("one choice is wrong, and one correct
  // option was not chosen") reads as if several answers were allowed. The right options are the
  // missed ones plus the chosen ones that are not wrong.
  const correctCount = g.missed.length + s.chosen.length - g.wrongChosen.length;
  if (correctCount === 1) return m.quizRevealedSingle;
  return fill(m.quizRevealed, { parts: wrongParts(g, m) });
}

export interface QuizScore {
  total: number;
  /** Answered correctly (at the first or second try). */
  correct: number;
  /** Answers revealed, after two wrong tries or by "Show answer". */
  revealed: number;
}

export function quizScore(state: QuizState, qids: readonly string[]): QuizScore {
  let correct = 0;
  let revealed = 0;
  for (const q of qids) {
    const o = state[q]?.outcome;
    if (o === 'correct') correct += 1;
    else if (o === 'revealed') revealed += 1;
  }
  return { total: qids.length, correct, revealed };
}

/** "2 of 5 correct so far; 1 answer shown." (empty before any question is finished). */
export function scoreMessage(score: QuizScore, m: Messages = CLIENT_MESSAGES.en): string {
  return scoreMessageWith(score, m);
}

export function scoreMessageWith(score: QuizScore, m: Messages): string {
  if (!score.correct && !score.revealed) return '';
  return scoreText(score.correct, score.total, m, score.revealed);
}

/** Saved state: question id → the reader's choice and progress. */
export type QuizState = Record<string, ItemState>;

export function parseQuizState(raw: string | null): QuizState {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: QuizState = {};
    for (const [k, s] of Object.entries(v as Record<string, unknown>)) {
      const st = s as { chosen?: unknown; checked?: unknown; tries?: unknown; outcome?: unknown };
      if (Array.isArray(st?.chosen) && st.chosen.every((n) => Number.isInteger(n))) {
        const outcome: Outcome = st.outcome === 'correct' || st.outcome === 'revealed' ? st.outcome : 'open';
        const tries = Number.isInteger(st.tries) && (st.tries as number) >= 0 ? (st.tries as number) : 0;
        out[k] = { chosen: st.chosen as number[], checked: st.checked === true, tries, outcome };
      }
    }
    return out;
  } catch {
    return {};
  }
}

/** Book-wide quiz totals kept for the home page: quiz storage key → its score. */
export const QUIZ_SCORES_KEY = 'bk-quiz-scores';
export type QuizScores = Record<string, QuizScore>;

export function parseQuizScores(raw: string | null): QuizScores {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: QuizScores = {};
    for (const [k, s] of Object.entries(v as Record<string, unknown>)) {
      const q = s as Partial<QuizScore>;
      if ([q?.total, q?.correct, q?.revealed].every((n) => Number.isInteger(n) && (n as number) >= 0)) out[k] = { total: q.total!, correct: q.correct!, revealed: q.revealed! };
    }
    return out;
  } catch {
    return {};
  }
}

/** The home page's line: "Self-check quizzes: 12 of 70 questions answered correctly." */
export function bookQuizSummary(scores: QuizScores, bookTotal: number, m: Messages = CLIENT_MESSAGES.en): string {
  return bookQuizSummaryWith(scores, bookTotal, m);
}

export function bookQuizSummaryWith(scores: QuizScores, bookTotal: number, m: Messages): string {
  const all = Object.values(scores);
  const correct = all.reduce((n, s) => n + s.correct, 0);
  const revealed = all.reduce((n, s) => n + s.revealed, 0);
  return bookQuizText(correct, revealed, bookTotal, m);
}

/** The key that gives this reader their own, stable option order. */
export const READER_KEY = 'bk-reader-key';
