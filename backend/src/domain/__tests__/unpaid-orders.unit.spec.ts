import { unpaidTransfersRefusal } from "../unpaid-orders"

describe("unpaidTransfersRefusal: how many unpaid transfer orders one contact or address may hold", () => {
  it.each([
    [0, 0, 0, false],
    [2, 0, 0, false],
    [0, 2, 0, false],
    [2, 2, 19, false],
    [3, 0, 3, true],
    [0, 3, 3, true],
    [1, 4, 4, true],
    [0, 0, 20, true],
    [1, 1, 25, true],
  ])(
    "%i open by email, %i by phone, %i by address → refused: %s",
    (byEmail, byPhone, byAddress, refused) => {
      expect(
        unpaidTransfersRefusal({ byEmail, byPhone, byAddress }) !== null
      ).toBe(refused)
    }
  )

  it("names the count in Vietnamese and in English", () => {
    expect(
      unpaidTransfersRefusal({ byEmail: 3, byPhone: 1, byAddress: 3 })
    ).toEqual({
      vi: expect.stringMatching(/^Bạn đang có 3 đơn chưa thanh toán/),
      en: expect.stringMatching(/^You have 3 unpaid orders/),
    })
    expect(
      unpaidTransfersRefusal({ byEmail: 0, byPhone: 0, byAddress: 20 })
    ).toEqual({
      vi: expect.stringMatching(
        /^Đang có 20 đơn chưa thanh toán từ cùng một mạng/
      ),
      en: expect.stringMatching(
        /^There are 20 unpaid orders from the same network/
      ),
    })
  })
})
