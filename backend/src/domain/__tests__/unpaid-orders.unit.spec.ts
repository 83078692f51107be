import { unpaidTransfersRefusal } from "../unpaid-orders"

describe("unpaidTransfersRefusal: how many unpaid transfer orders one contact may hold", () => {
  it.each([
    [0, 0, false],
    [2, 0, false],
    [0, 2, false],
    [2, 2, false],
    [3, 0, true],
    [0, 3, true],
    [1, 4, true],
  ])(
    "%i open by email, %i by phone → refused: %s",
    (byEmail, byPhone, refused) => {
      expect(unpaidTransfersRefusal({ byEmail, byPhone }) !== null).toBe(
        refused
      )
    }
  )

  it("names the count in Vietnamese and in English", () => {
    expect(unpaidTransfersRefusal({ byEmail: 3, byPhone: 1 })).toEqual({
      vi: expect.stringMatching(/^Bạn đang có 3 đơn chưa thanh toán/),
      en: expect.stringMatching(/^You have 3 unpaid orders/),
    })
  })
})
