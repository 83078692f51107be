import { inviteRefusal, memberWriteRefusal } from "../account-rights"

describe("inviteRefusal: who may invite a producer's member", () => {
  it.each([
    ["onboarder", "draft", null],
    ["onboarder", "submitted", null],
    ["onboarder", "verified", "forbidden"],
    ["onboarder", "suspended", "not_allowed"],
    ["officer", "draft", null],
    ["officer", "submitted", null],
    ["officer", "verified", null],
    ["officer", "suspended", "not_allowed"],
  ] as const)("%s inviting to a %s producer → %s", (inviter, status, kind) => {
    expect(inviteRefusal(inviter, status)?.kind ?? null).toBe(kind)
  })
})

describe("memberWriteRefusal: which members may change their listings", () => {
  it.each([
    ["draft", false],
    ["submitted", false],
    ["verified", false],
    ["suspended", true],
  ] as const)("a member of a %s producer is refused: %s", (status, refused) => {
    expect(memberWriteRefusal(status) !== null).toBe(refused)
  })

  it("tells a suspended producer's member that reading still works", () => {
    expect(memberWriteRefusal("suspended")).toMatch(/can view/)
  })
})
