// Error model shared by every module.
export {
  DomainError,
  type DomainErrorOptions,
  defineErrors,
  type ErrorKind,
  type FieldProblem,
} from './domain-error.js';
