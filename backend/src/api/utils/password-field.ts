import { z } from "@medusajs/framework/zod"
import { passwordProblem } from "../../domain/password-rule"

/** A password being set: `passwordProblem` decides, the message names `password`. */
export const newPasswordField = z
  .string({ error: "password is required" })
  .superRefine((password, context) => {
    const problem = passwordProblem(password)
    if (problem) {
      context.addIssue({ code: "custom", message: problem })
    }
  })
