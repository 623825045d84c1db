// Public API contracts of Brandwright: zod schemas and the types inferred from them, and the
// platforms' text rules that the API enforces and the browser previews (one copy for both).
export * from './analytics.js';
export * from './analytics-imports.js';
export * from './analytics-ingestion.js';
export * from './auth.js';
export * from './benchmarks.js';
export * from './best-times.js';
export * from './brand.js';
export * from './calendar.js';
export * from './common.js';
export * from './content.js';
export * from './generation.js';
export * from './insights.js';
export * from './plain-numbers.js';
export * from './platform-adaptation.js';
export * from './platform-text.js';
export * from './platforms.js';
export * from './publishing.js';
export * from './recommendations.js';
export * from './reports.js';
export * from './rewrites.js';
export * from './users.js';
export * from './voice.js';
