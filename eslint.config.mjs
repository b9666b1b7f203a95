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

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "out/**", "test-output/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["src/engine/**/*.ts", "src/parsing/**/*.ts", "src/policies/**/*.ts", "src/compare/**/*.ts"],
    rules: { "no-restricted-imports": ["error", officeFree] },
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
