import { z } from 'zod';
import { coded } from './issue.js';

/** Stable kebab-case ids: progress refers to them, never to positions. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, coded('idFormat'));

const LangCode = z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, coded('langCode'));

// Text with something to read: whitespace alone is as empty as nothing.
const NOT_BLANK = /\S/;

export const TextSchema = z
  .union([
    z.string().min(1, coded('emptyText')).regex(NOT_BLANK, coded('emptyText')),
    z
      .record(LangCode, z.string().min(1, coded('emptyText')).regex(NOT_BLANK, coded('emptyText')))
      .refine((m) => Object.keys(m).length > 0, coded('needLanguage')),
  ])
  .describe('A text: a plain string, or a map of language code to string, e.g. {en: Data, es: Datos}.');

const Url = z
  .string()
  .url(coded('url'))
  // A regex, not a refine, so the JSON Schema says it too; no flags there, hence the classes.
  .regex(/^[hH][tT][tT][pP][sS]?:\/\//, coded('httpOnly'));

/** Free metadata for authors and importers (where a question came from, how hard it is); mlroad only keeps it. */
const metadata = {
  tags: z.array(z.string()).optional().describe('Free tags.'),
  source: z.string().optional().describe('Where it comes from, e.g. an exam and question number.'),
  difficulty: z.union([z.string(), z.number()]).optional().describe('How hard it is, in any scale the author likes.'),
};

export const ResourceKind = z.enum(['docs', 'tutorial', 'course', 'book', 'video', 'article', 'tool', 'paper']);

export const ResourceSchema = z
  .object({
    title: TextSchema.describe('What the link is, e.g. "scikit-learn User Guide".'),
    url: Url.optional().describe('An http(s) link to a stable, official page. Shown as text, never opened. Leave it out for a book or anything with no link.'),
    kind: ResourceKind.describe('What sort of resource it is.'),
    /** The resource's language, so each learner sees the ones in their language first. */
    lang: z.enum(['en', 'es']).optional().describe('The language of the resource: en or es.'),
  })
  .strict()
  .describe('A place to learn the topic from.');

export const TopicSchema = z
  .object({
    id: Id.describe('Stable id of the topic, unique in the roadmap; progress is stored under it.'),
    title: TextSchema.describe('Short title of the topic.'),
    summary: TextSchema.describe('What the topic is and why it matters, in a few sentences.'),
    learn: z.array(TextSchema).default([]).describe('The checklist of what to learn; may be empty.'),
    resources: z.array(ResourceSchema).default([]).describe('Where to learn it.'),
    milestones: z.array(TextSchema).default([]).describe('Concrete steps to finish it, for project topics.'),
    optional: z.boolean().default(false).describe('True for topics not needed from the start; they are never counted in progress.'),
    quiz: Id.optional().describe('Id of a quiz of this roadmap that tests the topic.'),
    exercises: z.array(Id).default([]).describe("Ids of this roadmap's exercises for the topic; a project topic's list is its milestones, in order."),
    ...metadata,
  })
  .strict()
  .describe('One thing to learn; the unit that is marked done or skipped.');

export const StageSchema = z
  .object({
    id: Id.describe('Stable id of the stage, unique in the roadmap.'),
    title: TextSchema.describe('Title of the stage.'),
    summary: TextSchema.describe('What the stage is about.'),
    takeaway: TextSchema.optional().describe('A one-line moral of the stage.'),
    topics: z.array(TopicSchema).describe('The topics of the stage, in learning order.'),
  })
  .strict()
  .describe('A step of the roadmap, holding topics.');

const Tolerance = z
  .union([
    z.object({ absolute: z.number().nonnegative().describe('Accept answers within this distance.') }).strict(),
    z.object({ relative: z.number().nonnegative().describe('Accept answers within this fraction of the right one (0.05 = 5 %).') }).strict(),
  ])
  .describe('How far an answer may be from the right one: {absolute: 0.01} or {relative: 0.05}.');

const questionBase = {
  id: Id.describe('Stable id of the question, unique in its quiz; review history is kept under it.'),
  prompt: TextSchema.describe('The question. In `calculated` questions, {name} is replaced by a variable.'),
  explanation: TextSchema.optional().describe('Shown after the answer; it should teach why. validate warns where it is missing.'),
  /** The topic the question tests, so a quiz can draw only what the learner has reached. */
  topic: Id.optional().describe('Id of the topic of this roadmap that the question tests.'),
  ...metadata,
};

const choicesField = z.array(TextSchema).min(2, coded('choicesMin')).describe('The choices, shown shuffled unless `shuffle: false`.');
const shuffleField = z.boolean().default(true).describe('Set false when order matters, as with "all of the above".');

export const SingleQuestion = z
  .object({
    ...questionBase,
    type: z.literal('single').describe('One correct choice.'),
    choices: choicesField,
    answer: z.number().int().nonnegative().describe('0-based index of the correct choice.'),
    shuffle: shuffleField,
  })
  .strict();

export const MultipleQuestion = z
  .object({
    ...questionBase,
    type: z.literal('multiple').describe('Select all that apply; graded all-or-nothing.'),
    choices: choicesField,
    answer: z.array(z.number().int().nonnegative()).min(1, coded('multipleAnswerMin')).describe('0-based indexes of every correct choice.'),
    shuffle: shuffleField,
  })
  .strict();

export const BooleanQuestion = z
  .object({
    ...questionBase,
    type: z.literal('boolean').describe('A statement that is true or false.'),
    answer: z.boolean().describe('Whether the statement is true.'),
  })
  .strict();

export const NumericQuestion = z
  .object({
    ...questionBase,
    type: z.literal('numeric').describe('A number, with a tolerance.'),
    // (z.number() refuses Infinity and NaN first, so this code is never reached: its mutant survives.)
    answer: z.number().refine(Number.isFinite, coded('finite')).describe('The right number.'),
    tolerance: Tolerance.optional(),
  })
  .strict();

export const TextQuestion = z
  .object({
    ...questionBase,
    type: z.literal('text').describe('Short free text, matched ignoring case, extra spaces and accents.'),
    answers: z.array(TextSchema).min(1, coded('answersMin')).describe('Accepted answers, in any language.'),
  })
  .strict();

const VariableRange = z
  .union([
    z.string().regex(/^-?\d+\s*\.\.\s*-?\d+$/, coded('rangeFormat')),
    z
      .object({
        min: z.number().describe('Smallest value.'),
        max: z.number().describe('Largest value.'),
        decimals: z.number().int().min(0).max(6).default(0).describe('Digits after the decimal point; 0 draws integers.'),
      })
      .strict(),
  ])
  .describe('The range a variable is drawn from: "1..30", or {min, max, decimals}.');

export const CalculatedQuestion = z
  .object({
    ...questionBase,
    type: z.literal('calculated').describe('Generated numbers: each attempt draws the variables anew.'),
    variables: z.record(z.string().regex(/^[A-Za-z_]\w*$/, coded('variableName')), VariableRange).describe('The variables and their ranges.'),
    answer: z.string().min(1).describe('A formula over the variables: numbers, + - * / ^, parentheses, sqrt abs min max log exp round floor ceil.'),
    tolerance: Tolerance.optional(),
  })
  .strict();

export const QuestionSchema = z
  .discriminatedUnion('type', [SingleQuestion, MultipleQuestion, BooleanQuestion, NumericQuestion, TextQuestion, CalculatedQuestion])
  .describe('A question; `type` decides which other fields it has.');

export const QuizSchema = z
  .object({
    id: Id.describe('Stable id of the quiz, unique in the roadmap; `mlroad quiz <id>` runs it.'),
    title: TextSchema.describe('Title of the quiz.'),
    description: TextSchema.optional().describe('What the quiz covers.'),
    passPercent: z.number().int().min(0).max(100).default(80).describe('The score, in percent, that passes the quiz.'),
    questions: z.array(QuestionSchema).default([]).describe('The question bank; each attempt draws from it.'),
  })
  .strict()
  .describe('A quiz.');

export const IncludeSchema = z
  .object({
    include: z.string().min(1).describe('Path of a quiz file, relative to the main roadmap file and inside its directory.'),
  })
  .strict()
  .describe('Pulls in one quiz from its own file.');

// exercises: hands-on work checked by running the learner's own code.

const RoadmapPath = z.string().min(1).describe("A directory, relative to the roadmap's own directory and inside it.");

export const CheckSchema = z
  .object({
    run: z
      .array(z.string().min(1, coded('emptyText')))
      .min(1, coded('emptyRun'))
      .describe("The command as an argv array, never a shell string; {python} is replaced by the learner's interpreter."),
    timeout: z.number().positive().max(3600).default(60).describe('Seconds before the whole check is killed.'),
    files: RoadmapPath.optional().describe("The check's own files, copied afresh into .mlroad/check/ of the exercise before every run."),
  })
  .strict()
  .describe("How the exercise is checked: run in the exercise's folder; exit code 0 means passed.");

export const RequiresSchema = z
  .object({
    modules: z
      .array(z.string().regex(/^[A-Za-z_][\w.]*$/, coded('moduleName')))
      .default([])
      .describe('Python modules the check imports.'),
    programs: z
      .array(z.string().regex(/^[\w.+-]+$/, coded('programName')))
      .default([])
      .describe('Programs the check runs, looked for on the PATH.'),
  })
  .strict()
  .describe('What the check needs, looked for before it runs.');

export const ExerciseSchema = z
  .object({
    id: Id.describe('Stable id of the exercise, unique in the roadmap; `mlroad start <id>` starts it.'),
    title: TextSchema.describe('Title of the exercise.'),
    instructions: TextSchema.describe('What to build; fenced code blocks are kept verbatim.'),
    starter: RoadmapPath.describe("The starting files, copied into the learner's workspace."),
    check: CheckSchema,
    requires: RequiresSchema.optional(),
    hints: z.array(TextSchema).default([]).describe('Revealed one at a time, most general first.'),
    solution: RoadmapPath.optional().describe('A reference solution directory.'),
    limits: TextSchema.optional().describe('What this check does not verify.'),
  })
  .strict()
  .describe('A hands-on exercise.');

export const ExerciseIncludeSchema = z
  .object({
    include: z.string().min(1).describe('Path of an exercise file, relative to the main roadmap file and inside its directory.'),
  })
  .strict()
  .describe('Pulls in one exercise from its own file.');

export const CreditSchema = z
  .object({
    title: TextSchema.describe('Title of the work this roadmap is based on.'),
    author: z.string().min(1).describe('Its author.'),
    url: Url.optional().describe('Where to find it.'),
    note: TextSchema.optional().describe('Anything else to say.'),
  })
  .strict();

export const FORMAT_VERSION = 1;

export const RoadmapSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION).describe('Version of this format; 1 is the only one so far.'),
    id: Id.describe('Stable id of the roadmap; progress is stored under it.'),
    title: TextSchema.describe('Title of the roadmap.'),
    description: TextSchema.describe('What the roadmap leads to.'),
    credits: z.array(CreditSchema).default([]).describe('Where the content comes from.'),
    tips: z.array(TextSchema).default([]).describe('Coach tips that `next` and `status` show now and then.'),
    stages: z.array(StageSchema).min(1, coded('stagesMin')).describe('The stages, in learning order.'),
    quizzes: z
      .array(z.union([QuizSchema, IncludeSchema]))
      .default([])
      .describe('Quizzes, inline or pulled in from files with {include: path}.'),
    exercises: z
      .array(z.union([ExerciseSchema, ExerciseIncludeSchema]))
      .default([])
      .describe('Exercises, inline or pulled in from files with {include: path}.'),
  })
  .strict()
  .describe('An mlroad roadmap: stages of topics, and quizzes.');

export type Resource = z.output<typeof ResourceSchema>;
export type Topic = z.output<typeof TopicSchema>;
export type Stage = z.output<typeof StageSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.output<typeof QuizSchema>;
export type Exercise = z.output<typeof ExerciseSchema>;
export type Credit = z.output<typeof CreditSchema>;
export type RoadmapDocument = z.output<typeof RoadmapSchema>;
