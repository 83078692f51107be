import { summarizeOnboarding } from "../onboarding-stats"

describe("onboarding figures", () => {
  it("counts producers by status, live products and invites per village and per volunteer", () => {
    const stats = summarizeOnboarding({
      producers: [
        {
          id: "p1",
          status: "verified",
          village: "Thôn Xuân Thành",
          onboarder_id: "o1",
        },
        {
          id: "p2",
          status: "draft",
          village: "Thôn Xuân Thành",
          onboarder_id: "o1",
        },
        { id: "p3", status: "submitted", village: null, onboarder_id: null },
      ],
      invites: [
        { producer_id: "p1", accepted_at: new Date() },
        { producer_id: "p1", accepted_at: null },
        { producer_id: "p2", accepted_at: null },
      ],
      onboarders: [
        { id: "o1", name: "Lan" },
        { id: "o2", name: "Minh" },
      ],
      liveProductCounts: new Map([["p1", 2]]),
    })
    expect(stats.totals.producers).toEqual({
      draft: 1,
      submitted: 1,
      verified: 1,
      suspended: 0,
      total: 3,
    })
    expect(stats.by_village[0]).toMatchObject({
      village: "Thôn Xuân Thành",
      live_products: 2,
      invites_sent: 3,
      invites_accepted: 1,
    })
    expect(stats.by_village[1]).toMatchObject({ village: null })
    expect(stats.by_onboarder.map((row) => row.producers.total)).toEqual([2, 0])
    expect(stats.by_onboarder[0].onboarder.name).toEqual("Lan")
  })
})
