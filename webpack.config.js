// Builds the add-in: one page (taskpane.html) hosting the task pane and the custom functions in a shared runtime,
// functions.js for the manifest's <Script>, and functions.json generated from the JSDoc in src/functions/functions.ts.
// `webpack --mode production` needs no certificates; only `webpack serve` reads the Office dev certificates.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");

/** Where the built files will be served from: set ADDIN_URL (ending in /) for a hosted copy. */
function deploymentUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/.+\/$/.test(url)) throw new Error(`ADDIN_URL must be an https URL ending in "/" (got "${url}")`);
  return url;
}

function readDevCertificates() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((file) => !fs.existsSync(path.join(DEV_CERTS, file)));
  if (missing.length > 0) {
    throw new Error(`no Office dev certificates in ${DEV_CERTS}: run "npx office-addin-dev-certs install" once`);
  }
  return Object.fromEntries(
    Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(DEV_CERTS, file))]),
  );
}

/**
 * The add-in ships without the schema library (zod) and the reference checker: its bundle trusts the policies shipped
 * with it, so they are validated here, with the schema and every cross-reference check, before every build (and by
 * the tests).
 */
function validateShippedPolicies() {
  const unregister = require("tsx/cjs/api").register();
  try {
    const { loadPolicy } = require("./src/policies/load-policy.ts");
    const dir = path.join(__dirname, "src/policies");
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".json"))) {
      loadPolicy(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
    }
  } finally {
    unregister();
  }
}

module.exports = (env, argv) => {
  const url = deploymentUrl();
  validateShippedPolicies();
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir ?? "dist/addin"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES modules (not tsconfig's commonjs, which the CLI needs) let webpack tree-shake and hoist: 60.1 → 50.3 KB.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: true, module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new NormalModuleReplacementPlugin(
        /[\\/]validate-policy-data$/,
        path.resolve(__dirname, "src/policies/trust-policy-data.ts"),
      ),
      new NormalModuleReplacementPlugin(
        /[\\/]check-policy$/,
        path.resolve(__dirname, "src/policies/trust-policy-checks.ts"),
      ),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: ["./src/functions/functions.ts", "./src/functions/calculator-functions.ts"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // taskpane.ts imports the functions module, so this one chunk hosts pane and functions in one runtime.
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/summary/summary.css", to: "summary.css" },
          { from: "src/taskpane/compare/compare.css", to: "compare.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: readDevCertificates() } : undefined,
      port: 3000,
    },
    mode: argv.mode ?? "production",
  };
};
