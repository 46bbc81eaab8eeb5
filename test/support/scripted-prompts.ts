import type { Choice, Prompts } from '../../src/ui/prompts.js';

/** Prompts that answer from a script, recording what was asked: for command tests. */
export function scriptedPrompts(answers: unknown[]): Prompts & { asked: string[]; initials: unknown[] } {
  const asked: string[] = [];
  const initials: unknown[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`unexpected prompt: ${message}`);
    return answers.shift();
  };
  return {
    asked,
    initials,
    select: async <T>(message: string, choices: Choice<T>[], initial?: T) => {
      initials.push(initial ?? choices[0]?.value);
      const answer = next(message) as T;
      if (!choices.some((c) => c.value === answer)) throw new Error(`"${String(answer)}" is not a choice of: ${message}`);
      return answer;
    },
    checkbox: async <T>(message: string) => next(message) as T[],
    input: async (message: string) => next(message) as string,
    confirm: async (message: string) => next(message) as boolean,
  };
}
