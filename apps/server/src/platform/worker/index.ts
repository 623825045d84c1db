// Background work of the worker process.
export { type PeriodicTask, startPeriodicTasks } from './periodic.js';
