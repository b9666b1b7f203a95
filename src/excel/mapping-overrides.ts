import type { MappingOverrides } from "../parsing";

/** Saved with the workbook: the user's mapping choices and the header each choice was made for. */
interface SavedMapping {
  version: 1;
  choices: { column: number; header: string; choice: string }[];
}

function settingKey(sheetName: string): string {
  return `sotpRouter.mapping.${sheetName}`;
}

/**
 * The mapping choices saved for a sheet. With `currentHeaders`, a choice is kept only while its column still has
 * the header it was made for, so moved columns do not inherit another column's choice.
 */
export async function loadMappingOverrides(
  context: Excel.RequestContext,
  sheetName: string,
  currentHeaders?: readonly string[],
): Promise<MappingOverrides> {
  const setting = context.workbook.settings.getItemOrNullObject(settingKey(sheetName)).load("value");
  await context.sync();
  if (setting.isNullObject) return {};
  const saved = setting.value as SavedMapping;
  const overrides: Record<number, string> = {};
  for (const { column, header, choice } of saved.choices ?? []) {
    if (currentHeaders === undefined || currentHeaders[column] === header) overrides[column] = choice;
  }
  return overrides;
}

/** Saves the choices for a sheet in the workbook's settings, so they travel with the file. */
export async function saveMappingOverrides(
  context: Excel.RequestContext,
  sheetName: string,
  overrides: MappingOverrides,
  headers: readonly string[],
): Promise<void> {
  const choices = Object.entries(overrides).map(([column, choice]) => ({
    column: Number(column),
    header: headers[Number(column)] ?? "",
    choice,
  }));
  const saved: SavedMapping = { version: 1, choices };
  context.workbook.settings.add(settingKey(sheetName), saved);
  await context.sync();
}
