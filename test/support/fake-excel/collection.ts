import { ClientObject, LoadOption, OperationQueue, parseLoadOption } from "./client-object";
import { FakeOfficeError, propertyNotLoaded } from "./errors";

/** A collection proxy: `load("items/name")` then `items` after a sync; the list is read fresh at each load. */
export class Collection<T, P extends ClientObject<T>> {
  private loadedItems: P[] | undefined;

  constructor(
    protected readonly context: OperationQueue,
    protected readonly path: string,
    protected readonly list: () => T[],
    protected readonly createItem: (path: string, resolver: () => T | null) => P,
  ) {}

  load(option?: LoadOption): this {
    const parsed = parseLoadOption(option)
      ?.map((name) => name.replace(/^items\/?/, ""))
      .filter((name) => name !== "");
    const names = parsed && parsed.length > 0 ? parsed : undefined;
    this.context.enqueue({
      wire: { path: this.path, load: names ?? "items" },
      apply: () => {
        const items = this.list().map((item, index) => this.createItem(`${this.path}[${index}]`, () => item));
        const values = items.map((item) => item.snapshot(names));
        return {
          values: { items: values },
          commit: () => {
            items.forEach((item, index) => item.commitSnapshot(values[index]));
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  /** `getItem(key)`: a missing item fails the sync with ItemNotFound. */
  protected itemBy(method: string, key: string, find: (key: string) => T | undefined): P {
    return this.createItem(`${this.path}.${method}(${JSON.stringify(key)})`, () => {
      const item = find(key);
      if (!item) throw new FakeOfficeError("ItemNotFound", `The requested resource "${key}" doesn't exist.`);
      return item;
    });
  }

  /** `getItemOrNullObject(key)`: a missing item gives a null object (`isNullObject` after a sync). */
  protected itemOrNullBy(method: string, key: string, find: (key: string) => T | undefined): P {
    return this.createItem(`${this.path}.${method}(${JSON.stringify(key)})`, () => find(key) ?? null);
  }
}
