// The build appends `CustomFunctions.associate(...)` calls to functions.ts. Outside Excel (the task pane opened in a
// plain browser, or browser tests) office.js defines no CustomFunctions: give it a registration that does nothing so
// the page still starts. Inside Excel the real object exists and is left alone.
const host = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof host.CustomFunctions?.associate !== "function") {
  host.CustomFunctions = { ...host.CustomFunctions, associate: () => undefined };
}
export {};
