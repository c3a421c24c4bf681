/** Grading of one quiz item: the reader's choice against the set of correct options. */
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
export function gradeMessage(g: Grade, chosenCount: number): string {
  if (chosenCount === 0) return 'Choose an answer first.';
  if (g.correct) return 'Correct.';
  const parts: string[] = [];
  if (g.wrongChosen.length) parts.push(`${g.wrongChosen.length === 1 ? 'one choice is' : `${g.wrongChosen.length} choices are`} wrong`);
  if (g.missed.length) parts.push(`${g.missed.length === 1 ? 'one correct option was' : `${g.missed.length} correct options were`} not chosen`);
  return `Not quite: ${parts.join(', and ')}. Read the explanations below.`;
}

export function scoreMessage(correct: number, total: number): string {
  return `${correct} of ${total} correct so far.`;
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
