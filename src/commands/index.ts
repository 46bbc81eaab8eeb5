import { initCommand, schemaCommand } from './authoring.js';
import { checkCommand } from './check.js';
import { configCommand } from './config.js';
import type { AnyCommand } from './define.js';
import { doctorCommand } from './doctor.js';
import { exercisesCommand } from './exercises.js';
import { hintCommand } from './hint.js';
import { journalCommand } from './journal.js';
import { listCommand } from './list.js';
import { doneCommand, resetCommand, skipCommand } from './mark.js';
import { nextCommand } from './next.js';
import { noteCommand } from './note.js';
import { progressCommand } from './progress-transfer.js';
import { projectCommand } from './project.js';
import { quizCommand } from './quiz.js';
import { quizzesCommand } from './quizzes.js';
import { reviewCommand } from './review.js';
import { shareCommand } from './share.js';
import { completeCommand, completionCommand, promptCommand } from './shell-setup.js';
import { showCommand } from './show.js';
import { solutionCommand } from './solution.js';
import { startCommand } from './start.js';
import { statsCommand } from './stats.js';
import { statusCommand } from './status.js';
import { useCommand } from './use.js';
import { validateCommand } from './validate.js';
import { watchCommand } from './watch.js';

/** Every command, in the order `mlroad --help` lists them. Adding one is a line here. */
export const COMMANDS: readonly AnyCommand[] = [
  nextCommand,
  statusCommand,
  listCommand,
  showCommand,
  doneCommand,
  skipCommand,
  resetCommand,
  quizCommand,
  reviewCommand,
  statsCommand,
  noteCommand,
  journalCommand,
  shareCommand,
  quizzesCommand,
  exercisesCommand,
  startCommand,
  checkCommand,
  watchCommand,
  hintCommand,
  solutionCommand,
  projectCommand,
  configCommand,
  validateCommand,
  schemaCommand,
  initCommand,
  useCommand,
  doctorCommand,
  progressCommand,
  promptCommand,
  completionCommand,
  completeCommand,
];
