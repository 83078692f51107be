import { MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnavailable } from "../database-unavailable"

const driverError = (message: string, code?: string) =>
  Object.assign(new Error(message), code ? { code } : {})

describe("isDatabaseUnavailable: a 503 to retry, or the error Medusa maps", () => {
  it.each([
    [
      "a refused connection",
      driverError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
    ],
    [
      "an administrator's shutdown",
      driverError(
        "terminating connection due to administrator command",
        "57P01"
      ),
    ],
    [
      "a server starting up",
      driverError("the database system is starting up", "57P03"),
    ],
    ["a dropped connection", driverError("Connection terminated unexpectedly")],
    ["a connection failure class", driverError("connection failure", "08006")],
    [
      "a full pool that never reconnects",
      driverError(
        "Knex: Timeout acquiring a connection. The pool is probably full."
      ),
    ],
    [
      "a driver error wrapped by the ORM",
      { message: "select failed", cause: driverError("x", "57P01") },
    ],
    [
      "a driver error a workflow kept",
      {
        message: "step failed",
        originalError: driverError("Connection ended unexpectedly"),
      },
    ],
  ])("%s is unavailability", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    [
      "a unique violation",
      driverError("duplicate key value violates unique constraint", "23505"),
    ],
    ["a syntax error", driverError("syntax error at or near", "42601")],
    [
      "a refused request",
      new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chỉ còn 2 suất"),
    ],
    ["nothing", undefined],
    ["a string", "Connection terminated"],
  ])("%s is not", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
