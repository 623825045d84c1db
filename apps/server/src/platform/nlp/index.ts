// Natural-language helpers shared by modules: pure functions over well-kept libraries.
export {
  type Analysis,
  analyze,
  type Sentence,
  sentencesOf,
  type Token,
  type TokenKind,
} from './analysis.js';
export { type KeyPhrase, keyPhrases, keyPhrasesOf } from './key-phrases.js';
export { checkLength, type LengthCheck } from './platform-limits.js';
export {
  fleschKincaidGrade,
  fleschReadingEase,
  type Readability,
  readability,
  syllableCount,
} from './readability.js';
export { isPastForm } from './tense.js';
