// HTTP machinery shared by all modules: server factory, auth guards, errors, pagination, docs.
export {
  type AccessTokenVerifier,
  installAuthentication,
  type Principal,
  principalOf,
  requireAuth,
  requireRole,
} from './authentication.js';
export { type CostBudget, installCostBudgets } from './cost-budgets.js';
export { sendProblem } from './error-handler.js';
export type { MetricsEndpoint, MetricsExposure } from './metrics.js';
export { installObservability, type ReadinessCheck } from './observability.js';
export { installOpenApi } from './openapi.js';
export { decodeCursor, encodeCursor, type KeysetPosition, toPage } from './pagination.js';
export {
  etag,
  idempotencyHeaders,
  ifMatchHeaders,
  parseIfMatch,
  withEtag,
} from './preconditions.js';
export { problem, statusOfKind } from './problem.js';
export { installRateLimit } from './rate-limit.js';
export { createServer, type ServerOptions } from './server.js';
export { findWebDist, installWebApp } from './web-app.js';
