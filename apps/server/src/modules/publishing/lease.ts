// A publishing run's hold on its item. The lease is renewed in the background for as long as the
// run works, since one part in flight can outlast it (a slow platform, a long timeout), and checked
// before every send, so that a worker which lost the item stops instead of sending for it.
import type { ScheduleRepository } from './schedule.repository.js';

/** Another worker holds the item now: stop, and write nothing. */
export class LeaseLost extends Error {
  override readonly name = 'LeaseLost';
}

/** The run was asked to stop (the worker shuts down, or its job went to another worker). */
export class RunStopped extends Error {
  override readonly name = 'RunStopped';
}

export interface LeaseDeps {
  repository: Pick<ScheduleRepository, 'extendLease'>;
  workerId: string;
  leaseMs: number;
}

export class ItemLease {
  private readonly timer: NodeJS.Timeout;
  private lost = false;

  constructor(
    private readonly deps: LeaseDeps,
    private readonly itemId: string,
  ) {
    // Every third of the lease: one failed renewal (a slow database) does not lose the item.
    this.timer = setInterval(() => void this.renew().catch(() => undefined), deps.leaseMs / 3);
  }

  /** Renews now; throws LeaseLost when the item is no longer this worker's. */
  async hold(): Promise<void> {
    if (!(await this.renew())) throw new LeaseLost();
  }

  end(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<boolean> {
    if (this.lost) return false;
    const held = await this.deps.repository.extendLease(this.itemId, this.deps.workerId, this.deps.leaseMs);
    // Once lost it stays lost: a later claim by this same worker is another run's.
    if (!held) this.lost = true;
    return held;
  }
}
