import { Box, parseAddress } from "./address";
import { ClientObject, OperationQueue } from "./client-object";
import { FakeOfficeError } from "./errors";
import type { SheetState } from "./sheet-state";

/** Longest address `getRanges` takes in this fake; Excel's own limit is not documented, so callers must stay short. */
export const MAX_AREAS_ADDRESS = 8_192;

/** Several ranges of one sheet (`Worksheet.getRanges`, ExcelApi 1.9): only `select` and `areaCount` here. */
export class RangeAreas extends ClientObject<{ sheet: SheetState; boxes: Box[] }> {
  protected readonly scalarProperties = ["areaCount"];

  protected readProperty(target: { boxes: Box[] }, property: string): unknown {
    if (property === "areaCount") return target.boxes.length;
    throw new FakeOfficeError("InvalidArgument", `RangeAreas has no property "${property}" in this fake`);
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  /** Selects every area and activates the sheet; the selection's box is the first area. */
  select(): void {
    this.queue("select", [], ({ sheet, boxes }) => {
      this.context.state.selection = { sheet, box: { ...boxes[0] }, areas: boxes.map((box) => ({ ...box })) };
      this.context.state.activeSheet = sheet;
    });
  }
}

/** `A2:C2, A5:C7` (commas, optional spaces) on `sheet`, as `getRanges` reads it. */
export function createRangeAreas(
  context: OperationQueue,
  path: string,
  sheet: () => SheetState | null,
  address: string,
) {
  return new RangeAreas(context, path, () => {
    const target = sheet();
    if (!target) return null;
    if (address.length > MAX_AREAS_ADDRESS || address.trim() === "")
      throw new FakeOfficeError("InvalidArgument", `getRanges: address of ${address.length} characters`);
    return { sheet: target, boxes: address.split(",").map((part) => parseAddress(part.trim()).box) };
  });
}
