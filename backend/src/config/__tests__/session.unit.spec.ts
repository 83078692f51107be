import { sessionCookieOptions } from "../session"

// Only the backend URL matters; a public one would also need a deployment's secrets and Redis.
const cookieFor = (MEDUSA_BACKEND_URL: string) =>
  sessionCookieOptions({ MEDUSA_BACKEND_URL })

describe("admin session cookie", () => {
  it("is not Secure on an http:// backend, so the browser sends it back and the officer stays signed in", () => {
    expect(cookieFor("http://localhost:9000")).toEqual({ secure: false })
  })

  it("keeps Medusa's production flags (Secure, SameSite=Lax) behind https", () => {
    expect(cookieFor("https://api.xuantho.vn")).toBeUndefined()
  })
})
