import { FunctionInstance, type InstanceOptions } from './function-instance.ts';

/**
 * Runs invocations on a pool of execution environments, like Lambda: an idle warm
 * instance if there is one, otherwise a new one (a cold start). An instance whose
 * process died is dropped and replaced on the next invocation.
 */
export class FunctionHost {
  private readonly instances: FunctionInstance[] = [];
  private stopped = false;

  constructor(private readonly options: InstanceOptions) {}

  async invoke(event: unknown): Promise<unknown> {
    if (this.stopped) throw new Error('The function host is stopped.');
    const instance = await this.acquire();
    return instance.invoke(event, this.options.timeoutMs);
  }

  /** Starts one instance ahead of the first event, so a broken bundle shows at start. */
  async warm(): Promise<void> {
    if (this.instances.length === 0)
      this.instances.push(await FunctionInstance.start(this.options));
  }

  async stop(): Promise<void> {
    this.stopped = true;
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
    const fresh = await FunctionInstance.start(this.options);
    fresh.busy = true;
    this.instances.push(fresh);
    return fresh;
  }
}
