import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

const officeFree = {
  patterns: [
    {
      group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/cli/**"],
      message: "the pure core imports no adapter",
    },
  ],
  paths: ["fs", "path", "node:fs", "node:path", "exceljs", "commander"].map((name) => ({
    name,
    message: "the pure core imports nothing from Node or Office",
  })),
};

/** Office, DOM and Node globals the pure core must not reach for (imports are covered by officeFree). */
const hostGlobals = [
  "Excel",
  "Office",
  "OfficeExtension",
  "CustomFunctions",
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "process",
  "require",
  "Buffer",
  "__dirname",
].map((name) => ({ name, message: "the pure core uses no Office, DOM or Node global" }));

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "out/**", "test-output/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["src/{engine,parsing,policies,policy-docs,calculators,compare}/**/*.ts"],
    rules: { "no-restricted-imports": ["error", officeFree], "no-restricted-globals": ["error", ...hostGlobals] },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
