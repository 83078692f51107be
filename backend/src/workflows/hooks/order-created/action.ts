import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * One thing an order's creation does inside the completion. `run` returns what `undo` needs to
 * take it back (null when there was nothing to do); a failure undoes the whole completion.
 */
export type OrderCreatedAction<TDone> = {
  name: string
  run: (orderId: string, container: MedusaContainer) => Promise<TDone | null>
  undo: (done: TDone, container: MedusaContainer) => Promise<void>
}

export type DoneAction = { name: string; done: unknown }

/** Runs the actions in order; when one fails, those already done are undone before it rethrows. */
export async function runOrderCreatedActions(
  actions: OrderCreatedAction<unknown>[],
  orderId: string,
  container: MedusaContainer
): Promise<DoneAction[]> {
  const done: DoneAction[] = []
  try {
    for (const action of actions) {
      const result = await action.run(orderId, container)
      if (result !== null) {
        done.push({ name: action.name, done: result })
      }
    }
    return done
  } catch (error) {
    await undoOrderCreatedActions(actions, done, container)
    throw error
  }
}

/** Undoes what was done, last first. */
export async function undoOrderCreatedActions(
  actions: OrderCreatedAction<unknown>[],
  done: DoneAction[],
  container: MedusaContainer
) {
  for (const { name, done: result } of [...done].reverse()) {
    await actions
      .find((action) => action.name === name)
      ?.undo(result, container)
  }
}
