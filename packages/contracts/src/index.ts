// Public API contracts of Brandwright: zod schemas and the types inferred from them.
export * from './auth.js';
export * from './brand.js';
export * from './calendar.js';
export * from './common.js';
export * from './content.js';
export * from './generation.js';
export * from './platforms.js';
export * from './publishing.js';
export * from './users.js';
export * from './voice.js';
