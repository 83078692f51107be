import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs one of our workflows by id through the workflow engine. Specs must not import
 * `src/` files that register links or workflows: vitest would load a second copy next to the
 * application's and Medusa refuses a link defined twice.
 */
export async function runWorkflow<TResult = unknown>(
  container: MedusaContainer,
  workflowId: string,
  input: Record<string, unknown>
): Promise<TResult> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run(workflowId, { input, throwOnError: true })
  return result as TResult
}
