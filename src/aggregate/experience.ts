import type { QuestionnaireFacts } from './kept.js';
import { entry, share, zeros } from './counts.js';
import type { Enquiry } from './enquiries.js';
import type { Experience, ExperienceAnswerCounts } from './report.js';
import { type Period, inPeriod } from './period.js';

const ANSWERS = ['yes', 'partly', 'no', 'not-sure', 'skipped'] as const;

function tally(questions: Record<string, ExperienceAnswerCounts>, questionnaire: QuestionnaireFacts) {
  for (const answer of questionnaire.answers) entry(questions, answer.question, () => zeros(ANSWERS))[answer.answer ?? 'skipped']++;
}

/**
 * Rule 9: questionnaires linked to the period's enquiries, and apart from them those linked to no
 * known closure whose own `recordedAt` date (as written, in its own offset) lies in the period.
 */
export function experience(enquiries: Enquiry[], unlinked: QuestionnaireFacts[], period: Period): Experience {
  const questions = {};
  const gotOutcomes = {
    fully: zeros([...ANSWERS, 'not-asked'] as const),
    partially: zeros([...ANSWERS, 'not-asked'] as const),
    not: zeros([...ANSWERS, 'not-asked'] as const),
    'not-applicable': zeros([...ANSWERS, 'not-asked'] as const),
  };
  let questionnaires = 0;
  let responding = 0;
  for (const { closure, questionnaires: linked } of enquiries) {
    if (linked.length) responding++;
    for (const questionnaire of linked) {
      questionnaires++;
      tally(questions, questionnaire);
      const answer = questionnaire.answers.find((given) => given.question === 'got-outcomes');
      gotOutcomes[closure.overallAchieved ?? 'not-applicable'][answer ? (answer.answer ?? 'skipped') : 'not-asked']++;
    }
  }
  const apart = { questionnaires: 0, questions: {} };
  for (const questionnaire of unlinked) {
    if (!inPeriod(questionnaire.recordedAt.slice(0, 10), period)) continue;
    apart.questionnaires++;
    tally(apart.questions, questionnaire);
  }
  return { questionnaires, responseRate: share(responding, enquiries.length), questions, gotOutcomes, unlinked: apart };
}
