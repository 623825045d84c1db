// Public surface of the voice module: the routes, the service (recordFeedback is for the content
// module) and the stylometry used by scripts (reference statistics, bench).
import type { Database } from '../../platform/db/index.js';
import { VoiceRepository } from './voice.repository.js';
import { VoiceService } from './voice.service.js';

export { type Calibration, probabilityOf, voiceMatchOf } from './calibration.js';
export { characteristicsOf } from './characteristics.js';
export { chunkText } from './chunking.js';
export { normalise, textNormalisation } from './impostors.js';
export { impostorProfiles, referenceStats } from './reference.js';
export {
  BACKGROUND_CHUNK_WORDS,
  buildReference,
  type ReferenceAuthor,
  type ReferenceStats,
} from './reference-builder.js';
export { matchScore, RELIABLE_WORDS, scoreText } from './scoring.js';
export { type StyleCounts, styleCounts, sumCounts } from './style-counts.js';
export { styleDistance } from './style-distance.js';
export { VoiceError } from './voice.errors.js';
export { voiceRoutes } from './voice.routes.js';
export { FEEDBACK_WEIGHTS, type FeedbackAction, VoiceService } from './voice.service.js';
export { prepare, similarityOf } from './voice-similarity.js';
export { fitWriterCalibration, type WriterCalibration, writerCurve } from './writer-calibration.js';

export function createVoiceService(database: Database): VoiceService {
  return new VoiceService(database, new VoiceRepository(database.db));
}
