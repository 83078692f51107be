import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["test-results/**", "playwright-report/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  }
)
