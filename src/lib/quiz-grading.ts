/** Grading of one quiz item: the reader's choice against the set of correct options. */
import { CLIENT_MESSAGES, type ClientMessages as Messages } from '../i18n/client';
import { gradeText, scoreText } from '../i18n/format';

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

/** The sentence read out after checking. */
export function gradeMessage(g: Grade, chosenCount: number, m: Messages = CLIENT_MESSAGES.en): string {
  return gradeText(g, chosenCount, m);
}

export function scoreMessage(correct: number, total: number, m: Messages = CLIENT_MESSAGES.en): string {
  return scoreText(correct, total, m);
}

/** Saved state: question id → chosen option indexes and whether it was checked. */
export type QuizState = Record<string, { chosen: number[]; checked: boolean }>;

export function parseQuizState(raw: string | null): QuizState {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: QuizState = {};
    for (const [k, s] of Object.entries(v as Record<string, unknown>)) {
      const st = s as { chosen?: unknown; checked?: unknown };
      if (Array.isArray(st?.chosen) && st.chosen.every((n) => Number.isInteger(n))) {
        out[k] = { chosen: st.chosen as number[], checked: st.checked === true };
      }
    }
    return out;
  } catch {
    return {};
  }
}
