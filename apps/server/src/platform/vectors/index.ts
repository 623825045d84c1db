// Vector storage and user-scoped similarity search for modules (content search, sample retrieval).
export {
  createVectorStore,
  MAX_CODED_DIMENSIONS,
  type NearestQuery,
  type VectorMatch,
  type VectorOwner,
  VectorStore,
} from './vector-store.js';
