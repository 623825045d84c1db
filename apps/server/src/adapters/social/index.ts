// Public surface of the social adapters: the port, PlatformError, the thread helper and the factory.
// Modules import only from here.
export { isPlatformError, PLATFORM_ERROR_CODES, PlatformError, type PlatformErrorCode } from './errors.js';
export * from './port.js';
export { publishThread, type ThreadPart } from './thread.js';
export { createXClient, X_DEFAULT_URLS, X_LIMITS, X_SCOPES } from './x/index.js';
