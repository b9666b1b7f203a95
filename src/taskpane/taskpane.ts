// One page hosts the task pane and the custom functions (shared runtime): importing the functions module here
// registers them in this runtime.
import "../functions/functions";
import { startTaskPane } from "./start-task-pane";

if (typeof Office === "undefined") {
  void startTaskPane(null, globalThis);
} else {
  Office.onReady((info) => startTaskPane(info.host ? String(info.host) : null, globalThis));
}
