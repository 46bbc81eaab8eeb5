import type { TopicStatus } from '../core/progress/model.js';
import type { Summary } from '../core/progress/summary.js';
import type { Roadmap } from '../core/roadmap/types.js';
import { localize } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import type { Style } from './style.js';

const MARKS: Record<TopicStatus, string> = { done: '✓', skipped: '»', todo: '○' };

/** The roadmap as a tree with a mark per topic: ✓ done, » skipped, ○ todo. */
export function renderTree(t: Translator, roadmap: Roadmap, s: Summary, style: Style): string[] {
  const { lang } = t;
  const lines = [style.bold(localize(roadmap.title, lang))];
  s.stages.forEach((st, i) => {
    const lastStage = i === s.stages.length - 1;
    lines.push(`${lastStage ? '└─' : '├─'} ${style.bold(localize(st.stage.title, lang))} ${style.dim(`(${st.stage.id})`)}`);
    st.topics.forEach(({ topic, status }, j) => {
      const branch = `${lastStage ? '   ' : '│  '}${j === st.topics.length - 1 ? '└─' : '├─'}`;
      const mark = status === 'done' ? style.green(MARKS[status]) : status === 'skipped' ? style.yellow(MARKS[status]) : style.dim(MARKS[status]);
      const extras = [topic.optional ? t('list.optional') : '', topic.quiz ? t('list.quiz', { id: topic.quiz }) : ''].filter(Boolean);
      const suffix = extras.length ? ` ${style.dim(`[${extras.join(', ')}]`)}` : '';
      lines.push(`${branch} ${mark} ${topic.id.padEnd(26)} ${localize(topic.title, lang)}${suffix}`);
    });
  });
  return lines;
}
