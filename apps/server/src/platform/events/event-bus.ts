// In-process domain events. `emit` awaits every handler, so a handler's effect (such as revoking a
// deleted user's tokens in the shared kv) is done before the request that caused it answers.

export interface DomainEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

export type EventHandler<E extends DomainEvent> = (event: E) => Promise<void>;

export class EventBus {
  private readonly handlers = new Map<string, EventHandler<DomainEvent>[]>();

  on<E extends DomainEvent>(type: E['type'], handler: EventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as EventHandler<DomainEvent>);
    this.handlers.set(type, list);
  }

  async emit<E extends DomainEvent>(event: E): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(event);
  }
}
