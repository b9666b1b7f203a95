/**
 * The sheet of this name, emptied (cells, formats and charts), or a new one: what a report sheet the pane rewrites
 * on every run starts from.
 */
export async function clearOrAddSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name).load("name");
  await context.sync();
  if (existing.isNullObject) return context.workbook.worksheets.add(name);
  const charts = existing.charts.load("items/name");
  await context.sync();
  charts.items.forEach((chart) => chart.delete());
  existing.getRange().clear();
  return existing;
}
