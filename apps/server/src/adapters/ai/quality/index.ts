// Quality checks shared by the offline composer and the provider path (and the writing benchmark).
export { articleFor, articleMistakes, startsWithVowelSound } from './articles.js';
export { type DraftFinding, type DraftMaterial, draftFindings, type FindingCode } from './findings.js';
export { announcedCount, countAnnouncement, listItemCount } from './lists.js';
