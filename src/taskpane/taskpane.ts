// One page hosts the task pane and the custom functions (shared runtime): importing the functions module here
// registers them in this runtime.
import "../functions/functions";

Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) app.textContent = "Type =SOTP.ROUTE( in a cell to route rows.";
});
