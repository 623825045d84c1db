// Domain events shared by modules.
export { type DomainEvent, EventBus, type EventHandler } from './event-bus.js';
