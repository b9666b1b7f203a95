import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { WorkbookState } from "./workbook-state";

/** A load's answer: the values sent back, applied to the proxy only if the whole sync succeeds. */
export interface LoadResult {
  values: Record<string, unknown>;
  commit(): void;
}

/** A queued command: what goes over the wire (measured), and what it does at sync time. */
export interface Operation {
  wire: unknown;
  apply(undo: (() => void)[]): LoadResult | void;
}

/** What proxies need from their request context. */
export interface OperationQueue {
  enqueue(operation: Operation): void;
  readonly state: WorkbookState;
  readonly cellReadCap: number;
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

/**
 * A proxy for a host object, as in office.js: it names an object by a path; the object is found at its first use
 * in a sync; its properties can be read only after `load()` and `context.sync()`.
 */
export abstract class ClientObject<T> {
  private resolved = false;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: OperationQueue,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  /** The properties `load()` without arguments brings back. */
  protected abstract readonly scalarProperties: readonly string[];

  protected abstract readProperty(target: T, property: string): unknown;

  /** A navigation property such as `range.worksheet`, for loads like `"worksheet/name"`. */
  protected navigation(name: string): ClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  resolve(): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target;
  }

  load(option?: LoadOption): this {
    const names = parseLoadOption(option) ?? [...this.scalarProperties];
    const own: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      if (rest.length === 0) own.push(name);
      else {
        const target = this.navigation(head);
        if (!target) throw new FakeOfficeError("InvalidArgument", `unknown navigation property "${head}"`);
        target.load(rest.join("/"));
      }
    }
    this.context.enqueue({
      wire: { path: this.path, load: own },
      apply: () => {
        const target = this.resolve();
        const values: Record<string, unknown> = {};
        if (target !== null) for (const name of own) values[name] = this.readProperty(target, name);
        return {
          values,
          commit: () => {
            this.nullKnown = target === null;
            for (const name of Object.keys(values)) this.loaded.set(name, values[name]);
          },
        };
      },
    });
    return this;
  }

  /** Reads properties of the resolved object now (during a sync), for a collection's `items` load. */
  snapshot(names: readonly string[] | undefined): Record<string, unknown> {
    const target = this.resolve();
    const values: Record<string, unknown> = {};
    if (target !== null)
      for (const name of names ?? this.scalarProperties) values[name] = this.readProperty(target, name);
    return values;
  }

  commitSnapshot(values: Record<string, unknown>): void {
    this.nullKnown = false;
    for (const name of Object.keys(values)) this.loaded.set(name, values[name]);
  }

  /** True when a `…OrNullObject` method found nothing; known only after a load and a sync. */
  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullKnown;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a command on the resolved object; commands on a null object fail like Excel's. */
  protected queue(method: string, args: unknown, apply: (target: T, undo: (() => void)[]) => void): void {
    this.context.enqueue({
      wire: { path: this.path, method, args },
      apply: (undo) => {
        const target = this.resolve();
        if (target === null) throw new FakeOfficeError("InvalidObjectPath", `${this.path}.${method} on a null object`);
        apply(target, undo);
      },
    });
  }
}

export function parseLoadOption(option: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const select = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  if (select === undefined) return undefined;
  const list = Array.isArray(select) ? select : select.split(",");
  return list.map((name) => name.trim()).filter((name) => name !== "");
}
