// ESLint flat config: TypeScript rules plus Prettier (formatting is Prettier's job, checked by `npm run lint`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      ".neo4j/",
      "coverage/",
      "test-artifacts/",
      "src/server/explore/assets/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // Browser scripts served as they are (no bundler): the page's globals come from the vendor scripts.
    files: ["src/server/public/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        fetch: "readonly",
        React: "readonly",
        ReactDOM: "readonly",
        GraphiQL: "readonly",
        URLSearchParams: "readonly",
        history: "readonly",
        location: "readonly",
        console: "readonly",
      },
    },
  },
  {
    files: ["**/*.js"],
    ignores: ["src/server/public/**"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
);
