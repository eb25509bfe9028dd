import { FunctionInstance, type InstanceOptions } from './function-instance.ts';

/**
 * Runs invocations on a pool of execution environments, like Lambda: an idle warm
 * instance if there is one, otherwise a new one (a cold start). An instance whose
 * process died is dropped and replaced on the next invocation.
 */
export class FunctionHost {
  private readonly instances: FunctionInstance[] = [];
  /** Cold starts under way: a stop must end them too, or their processes outlive the host. */
  private readonly starting = new Set<Promise<FunctionInstance>>();
  private stopped = false;

  constructor(private readonly options: InstanceOptions) {}

  async invoke(event: unknown): Promise<unknown> {
    if (this.stopped) throw new Error('The function host is stopped.');
    const instance = await this.acquire();
    return instance.invoke(event, this.options.timeoutMs);
  }

  /** Starts one instance ahead of the first event, so a broken bundle shows at start. */
  async warm(): Promise<void> {
    if (this.instances.length === 0) await this.startInstance({ busy: false });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const cold = await Promise.allSettled([...this.starting]);
    for (const started of cold) if (started.status === 'fulfilled') this.adopt(started.value);
    await Promise.all(this.instances.map((instance) => instance.stop()));
    this.instances.length = 0;
  }

  private async acquire(): Promise<FunctionInstance> {
    for (let i = this.instances.length - 1; i >= 0; i -= 1)
      if (!this.instances[i]?.alive) this.instances.splice(i, 1);
    const idle = this.instances.find((instance) => !instance.busy);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    const fresh = await this.startInstance({ busy: true });
    if (this.stopped) throw new Error('The function host stopped during a cold start.');
    return fresh;
  }

  /** A cold start, tracked until its instance joins the pool (taken at once when `busy`). */
  private async startInstance({ busy }: { busy: boolean }): Promise<FunctionInstance> {
    const start = FunctionInstance.start(this.options);
    this.starting.add(start);
    try {
      const instance = await start;
      instance.busy = busy;
      return this.adopt(instance);
    } finally {
      this.starting.delete(start);
    }
  }

  private adopt(instance: FunctionInstance): FunctionInstance {
    if (!this.instances.includes(instance)) this.instances.push(instance);
    return instance;
  }
}
