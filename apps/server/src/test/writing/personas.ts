// The writing benchmark's onboarded personas: six professionals of different fields and voices,
// each with complete questionnaire answers, the AuthorFacts the product derives from them (through
// the product's own authorFactsOf), a voice and hand-written posts (the human baseline).
import type { BrandAnswers } from '@brandwright/contracts';
import type { AuthorFacts, ProfileFacts, VoiceStyle } from '../../adapters/ai/index.js';
import { authorFactsOf } from '../../modules/content/generation/author-facts.js';
import { cfo } from './personas/cfo.js';
import { designer } from './personas/designer.js';
import { founder } from './personas/founder.js';
import { nurse } from './personas/nurse.js';
import { recruiter } from './personas/recruiter.js';
import { sre } from './personas/sre.js';
import type { PersonaData } from './personas/types.js';

export interface Persona {
  id: string;
  profile: ProfileFacts;
  answers: BrandAnswers;
  facts: AuthorFacts;
  voice: VoiceStyle;
  samples: string[];
}

function persona(data: PersonaData): Persona {
  return {
    id: data.id,
    profile: { fullName: data.fullName, headline: data.headline, industry: data.answers.industry },
    answers: data.answers,
    facts: authorFactsOf(data.answers),
    voice: data.voice,
    samples: data.samples,
  };
}

export const PERSONAS: Persona[] = [sre, cfo, designer, recruiter, nurse, founder].map(persona);

export function personaById(id: string): Persona {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`no persona "${id}"`);
  return found;
}
