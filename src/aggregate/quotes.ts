import type { Enquiry } from './enquiries.js';
import type { Quote } from './report.js';

/** Each outcome's words as they last stood: the outcome capture's, then any review's change, in time order. */
function outcomeWords({ capture, reviews }: Enquiry): Map<string, string> {
  const words = new Map(capture?.words);
  for (const review of [...reviews].sort((a, b) => a.at - b.at)) for (const [id, text] of review.words) words.set(id, text);
  return words;
}

/**
 * Rule 11: the person's words, only where the latest record holding them says `quoteConsent: yes`
 * (what is kept of a record holds them only then): the closure for outcomes, comments and
 * barriers; the questionnaire for what could be better.
 */
export function quotes(enquiries: Enquiry[]): Quote[] {
  const found: Quote[] = [];
  for (const enquiry of enquiries) {
    const { closure } = enquiry;
    if (closure.outcomeResults) {
      const words = outcomeWords(enquiry);
      for (const result of closure.outcomeResults) {
        const achieved = result.achieved;
        const said = words.get(result.outcomeId);
        if (said) found.push({ text: said, source: 'outcome', table: 'SG4a', achieved });
        if (result.personComment?.trim()) found.push({ text: result.personComment, source: 'comment', table: 'SG4a', achieved });
        if (result.barriers?.trim()) found.push({ text: result.barriers, source: 'barriers', table: 'SG4a', achieved });
      }
    }
    for (const questionnaire of enquiry.questionnaires) {
      if (!questionnaire.couldBeBetter?.trim()) continue;
      const quote: Quote = { text: questionnaire.couldBeBetter, source: 'could-be-better', table: 'experience' };
      if (closure.overallAchieved) quote.achieved = closure.overallAchieved;
      found.push(quote);
    }
  }
  return found;
}
