import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: [".medusa/**", "static/**", "src/modules/**/migrations/**"] },
  ...tseslint.configs.recommended,
  ...medusa.configs.recommended,
  {
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "off",
      // VND has no minor unit: 120000 is 120.000 ₫, already the major unit.
      "@medusajs/prices-in-major-units": "off",
    },
  }
)
