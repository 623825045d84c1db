// The user's own facts for the writer, taken from their questionnaire answers (possibly part-way):
// drafts draw on these so they could only be this user's, and never on anything they did not say.
import type { PartialBrandAnswers } from '@brandwright/contracts';
import type { AuthorFacts } from '../../../adapters/ai/index.js';

export function authorFactsOf(answers: PartialBrandAnswers): AuthorFacts {
  return {
    ...(answers.role ? { role: answers.role } : {}),
    ...(answers.industry ? { industry: answers.industry } : {}),
    ...(answers.yearsExperience !== undefined ? { yearsExperience: answers.yearsExperience } : {}),
    expertise: answers.expertise ?? [],
    achievements: answers.achievements ?? [],
    audienceProblems: answers.audienceProblems ?? [],
  };
}
