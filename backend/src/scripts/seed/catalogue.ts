// The demo catalogue: the producers and OCOP products named in the source article (Xuân Thọ,
// Đà Lạt). Prices, pack sizes, star ratings and certificate numbers are demo values, and read as
// such ("DEMO-…" decision numbers).
import type { Motif } from "./artwork"

export type SeedProducer = {
  handle: string
  name: string
  kind: "cooperative" | "farm" | "household" | "enterprise"
  village: string
  ward: string
  province: string
  phone: string
  status: "draft" | "submitted" | "verified" | "suspended"
  story_vi: string
  story_en: string
}

export type SeedProduct = {
  handle: string
  producer: string
  category: string
  motif: Motif
  title: { vi: string; en: string }
  subtitle: { vi: string; en: string }
  description: { vi: string; en: string }
  weights: { label: string; price: number; stock: number; grams: number }[]
  ocop: { stars: 3 | 4 | 5; decision_number: string; issued_at: string }
  listings: { marketplace: "voso" | "postmart"; url: string }[]
}

export const WARD = "Phường Xuân Trường - Đà Lạt"
export const PROVINCE = "Lâm Đồng"

export const CATEGORIES = [
  { handle: "trai-cay-tuoi", vi: "Trái cây tươi", en: "Fresh fruit" },
  { handle: "rau-cu", vi: "Rau củ", en: "Vegetables" },
  { handle: "dac-san-say", vi: "Đặc sản sấy", en: "Dried specialties" },
  { handle: "bot-va-do-uong", vi: "Bột & đồ uống", en: "Powders & drinks" },
]

export const PRODUCERS: SeedProducer[] = [
  {
    handle: "namanh-farm",
    name: "NamAnh farm",
    kind: "farm",
    village: "Thôn Xuân Thành",
    ward: WARD,
    province: PROVINCE,
    phone: "0912 345 678",
    status: "verified",
    story_vi:
      "NamAnh farm trồng dâu tây trong nhà kính trên đất đỏ bazan của Xuân Thọ. Dâu được hái khi chín đỏ, đóng hộp ngay tại vườn và giao lạnh để giữ vị ngọt thanh của Đà Lạt.",
    story_en:
      "NamAnh farm grows strawberries in greenhouses on the red basalt soil of Xuân Thọ. Berries are picked fully ripe, boxed at the farm and shipped chilled to keep Đà Lạt's fresh sweetness.",
  },
  {
    handle: "htx-vuon-nha-da-lat",
    name: "HTX Vườn Nhà Đà Lạt",
    kind: "cooperative",
    village: "Thôn Xuân Sơn",
    ward: WARD,
    province: PROVINCE,
    phone: "0263 3831 234",
    status: "verified",
    story_vi:
      "Hợp tác xã Vườn Nhà Đà Lạt gom nông sản của các hộ thành viên ở Xuân Thọ và chế biến thành 7 sản phẩm OCOP: hồng treo gió, bột cần tây, chuối Laba sấy, ớt trái cây, bí mì sợi và nhiều hơn nữa — cùng thương hiệu “Đà Lạt kết tinh kỳ diệu từ đất lành”.",
    story_en:
      "Vườn Nhà Đà Lạt cooperative gathers its member households' harvest in Xuân Thọ and makes seven OCOP products: wind-dried persimmons, celery powder, dried Laba bananas, fruit chilli, spaghetti squash and more — under the brand line “Đà Lạt, a miracle distilled from good land”.",
  },
  {
    handle: "ca-phe-xuan-tho",
    name: "Hộ kinh doanh Cà phê Xuân Thọ",
    kind: "household",
    village: "Thôn Đa Lộc",
    ward: WARD,
    province: PROVINCE,
    phone: "0987 654 321",
    status: "verified",
    story_vi:
      "Một gia đình trồng cà phê Arabica trên sườn đồi Xuân Thọ, tự rang mộc từng mẻ nhỏ. (Nhà sản xuất mẫu cho bản demo.)",
    story_en:
      "A family growing Arabica coffee on the hillsides of Xuân Thọ, roasting plain in small batches. (A demo producer.)",
  },
  {
    handle: "htx-hoa-xuan-tho",
    name: "HTX Hoa Xuân Thọ",
    kind: "cooperative",
    village: "Thôn Lạc Thành",
    ward: WARD,
    province: PROVINCE,
    phone: "0901 234 567",
    status: "submitted",
    story_vi:
      "Hợp tác xã hoa đang chờ xã xác minh. (Nhà sản xuất mẫu: chưa hiển thị cho người mua.)",
    story_en:
      "A flower cooperative awaiting the commune's verification. (A demo producer: not shown to shoppers yet.)",
  },
]

const voso = (handle: string) => ({
  marketplace: "voso" as const,
  url: `https://voso.vn/demo-ocop-xuan-tho/${handle}`,
})
const postmart = (handle: string) => ({
  marketplace: "postmart" as const,
  url: `https://postmart.vn/demo-ocop-xuan-tho/${handle}`,
})
const ocop = (stars: 3 | 4 | 5, n: number, issued_at: string) => ({
  stars,
  decision_number: `DEMO-${n}/QĐ-UBND`,
  issued_at,
})

export const PRODUCTS: SeedProduct[] = [
  {
    handle: "dau-tay-namanh",
    producer: "namanh-farm",
    category: "trai-cay-tuoi",
    motif: "strawberry",
    title: { vi: "Dâu tây", en: "Strawberries" },
    subtitle: {
      vi: "Dâu tây Đà Lạt trồng nhà kính của NamAnh farm",
      en: "Greenhouse-grown Đà Lạt strawberries from NamAnh farm",
    },
    description: {
      vi: "Dâu tây tươi hái trong ngày tại NamAnh farm, quả chắc, thơm, ngọt thanh. Giao lạnh, dùng trong 3 ngày.",
      en: "Fresh strawberries picked the same day at NamAnh farm: firm, fragrant and gently sweet. Shipped chilled; best within 3 days.",
    },
    weights: [
      { label: "500 g", price: 120000, stock: 40, grams: 500 },
      { label: "1 kg", price: 220000, stock: 25, grams: 1000 },
    ],
    ocop: ocop(4, 1201, "2024-06-15"),
    listings: [voso("dau-tay-namanh"), postmart("dau-tay-namanh")],
  },
  {
    handle: "mut-dau-tay-namanh",
    producer: "namanh-farm",
    category: "dac-san-say",
    motif: "jam",
    title: { vi: "Mứt dâu tây", en: "Strawberry jam" },
    subtitle: {
      vi: "Mứt dâu nấu từ dâu chín vườn",
      en: "Jam cooked from ripe farm berries",
    },
    description: {
      vi: "Mứt dâu tây nấu thủ công từ dâu chín của vườn, ít đường, giữ nguyên miếng dâu.",
      en: "Strawberry jam cooked by hand from the farm's ripe berries, low in sugar, with whole pieces of fruit.",
    },
    weights: [{ label: "200 g", price: 65000, stock: 60, grams: 200 }],
    ocop: ocop(3, 1202, "2024-06-15"),
    listings: [postmart("mut-dau-tay-namanh")],
  },
  {
    handle: "hong-treo-gio",
    producer: "htx-vuon-nha-da-lat",
    category: "dac-san-say",
    motif: "persimmon",
    title: { vi: "Hồng treo gió", en: "Wind-dried persimmons" },
    subtitle: {
      vi: "Hồng gọt vỏ phơi gió nhiều tuần",
      en: "Peeled persimmons dried in the wind for weeks",
    },
    description: {
      vi: "Quả hồng chín được gọt vỏ và treo phơi trong gió lạnh Đà Lạt nhiều tuần, dẻo mềm, ngọt tự nhiên, không đường.",
      en: "Ripe persimmons are peeled and hung in Đà Lạt's cool wind for weeks until soft and naturally sweet, with no added sugar.",
    },
    weights: [
      { label: "250 g", price: 150000, stock: 30, grams: 250 },
      { label: "500 g", price: 280000, stock: 20, grams: 500 },
    ],
    ocop: ocop(4, 2301, "2024-03-20"),
    listings: [voso("hong-treo-gio"), postmart("hong-treo-gio")],
  },
  {
    handle: "bot-can-tay",
    producer: "htx-vuon-nha-da-lat",
    category: "bot-va-do-uong",
    motif: "celery",
    title: { vi: "Bột cần tây", en: "Celery powder" },
    subtitle: {
      vi: "Cần tây sấy lạnh nghiền mịn",
      en: "Cold-dried celery, finely milled",
    },
    description: {
      vi: "Cần tây Đà Lạt sấy lạnh rồi nghiền mịn, pha với nước ấm thành thức uống thanh mát mỗi sáng.",
      en: "Đà Lạt celery, cold-dried and finely milled; stir into warm water for a light morning drink.",
    },
    weights: [
      { label: "100 g", price: 95000, stock: 50, grams: 100 },
      { label: "200 g", price: 180000, stock: 35, grams: 200 },
    ],
    ocop: ocop(3, 2302, "2024-03-20"),
    listings: [voso("bot-can-tay")],
  },
  {
    handle: "chuoi-laba-say",
    producer: "htx-vuon-nha-da-lat",
    category: "dac-san-say",
    motif: "banana",
    title: { vi: "Chuối Laba sấy", en: "Dried Laba bananas" },
    subtitle: {
      vi: "Chuối Laba Lâm Đồng sấy dẻo",
      en: "Soft-dried Laba bananas from Lâm Đồng",
    },
    description: {
      vi: "Chuối Laba — giống chuối nổi tiếng của Lâm Đồng — chín cây, sấy dẻo, thơm và ngọt đậm.",
      en: "Laba bananas — Lâm Đồng's famous variety — ripened on the plant and soft-dried: fragrant and richly sweet.",
    },
    weights: [
      { label: "250 g", price: 85000, stock: 45, grams: 250 },
      { label: "500 g", price: 160000, stock: 30, grams: 500 },
    ],
    ocop: ocop(4, 2303, "2024-03-20"),
    listings: [voso("chuoi-laba-say"), postmart("chuoi-laba-say")],
  },
  {
    handle: "ot-trai-cay",
    producer: "htx-vuon-nha-da-lat",
    category: "rau-cu",
    motif: "chilli",
    title: { vi: "Ớt trái cây", en: "Fruit chilli" },
    subtitle: {
      vi: "Ớt ngọt ăn như trái cây",
      en: "Sweet snacking peppers eaten like fruit",
    },
    description: {
      vi: "Ớt trái cây nhỏ, giòn, không cay, ngọt như trái cây — ăn tươi hoặc trộn salad.",
      en: "Small, crunchy, mild and sweet peppers to eat fresh like fruit or toss into a salad.",
    },
    weights: [
      { label: "300 g", price: 45000, stock: 60, grams: 300 },
      { label: "500 g", price: 70000, stock: 40, grams: 500 },
    ],
    ocop: ocop(3, 2304, "2024-03-20"),
    listings: [postmart("ot-trai-cay")],
  },
  {
    handle: "bi-mi-soi",
    producer: "htx-vuon-nha-da-lat",
    category: "rau-cu",
    motif: "squash",
    title: { vi: "Bí mì sợi", en: "Spaghetti squash" },
    subtitle: {
      vi: "Ruột bí tách thành sợi như mì",
      en: "Flesh that pulls apart into noodle-like strands",
    },
    description: {
      vi: "Bí mì sợi hấp chín, ruột tách thành từng sợi như mì — món ăn nhẹ, ít tinh bột.",
      en: "Steam it and the flesh pulls apart into noodle-like strands: a light, low-starch dish.",
    },
    weights: [
      { label: "1 quả (~1,2 kg)", price: 55000, stock: 0, grams: 1200 },
    ],
    ocop: ocop(3, 2305, "2024-03-20"),
    listings: [voso("bi-mi-soi")],
  },
  {
    handle: "atiso-say-kho",
    producer: "htx-vuon-nha-da-lat",
    category: "bot-va-do-uong",
    motif: "artichoke",
    title: { vi: "Trà atiso sấy khô", en: "Dried artichoke tea" },
    subtitle: {
      vi: "Bông atiso Đà Lạt thái lát sấy",
      en: "Sliced, dried Đà Lạt artichoke flowers",
    },
    description: {
      vi: "Bông atiso Đà Lạt thái lát, sấy khô, hãm như trà. (Sản phẩm mẫu cho bản demo.)",
      en: "Sliced, dried Đà Lạt artichoke flowers to brew as tea. (A demo product.)",
    },
    weights: [{ label: "200 g", price: 110000, stock: 40, grams: 200 }],
    ocop: ocop(3, 2306, "2024-03-20"),
    listings: [postmart("atiso-say-kho")],
  },
  {
    handle: "khoai-lang-mat-say",
    producer: "htx-vuon-nha-da-lat",
    category: "dac-san-say",
    motif: "sweetPotato",
    title: {
      vi: "Khoai lang mật sấy dẻo",
      en: "Soft-dried honey sweet potato",
    },
    subtitle: {
      vi: "Khoai lang mật nướng rồi sấy dẻo",
      en: "Honey sweet potato, roasted then soft-dried",
    },
    description: {
      vi: "Khoai lang mật nướng chín rồi sấy dẻo, ngọt tự nhiên. (Sản phẩm mẫu cho bản demo.)",
      en: "Honey sweet potato roasted then soft-dried, naturally sweet. (A demo product.)",
    },
    weights: [{ label: "250 g", price: 75000, stock: 50, grams: 250 }],
    ocop: ocop(3, 2307, "2024-03-20"),
    listings: [voso("khoai-lang-mat-say")],
  },
  {
    handle: "ca-phe-arabica-xuan-tho",
    producer: "ca-phe-xuan-tho",
    category: "bot-va-do-uong",
    motif: "coffee",
    title: {
      vi: "Cà phê Arabica rang mộc",
      en: "Plain-roasted Arabica coffee",
    },
    subtitle: {
      vi: "Hạt Arabica Xuân Thọ rang mẻ nhỏ",
      en: "Xuân Thọ Arabica beans roasted in small batches",
    },
    description: {
      vi: "Cà phê Arabica trồng trên sườn đồi Xuân Thọ, rang mộc không tẩm. (Sản phẩm mẫu cho bản demo.)",
      en: "Arabica grown on the hillsides of Xuân Thọ, roasted plain with nothing added. (A demo product.)",
    },
    weights: [
      { label: "250 g", price: 120000, stock: 40, grams: 250 },
      { label: "500 g", price: 230000, stock: 20, grams: 500 },
    ],
    ocop: ocop(3, 3101, "2025-01-10"),
    listings: [
      voso("ca-phe-arabica-xuan-tho"),
      postmart("ca-phe-arabica-xuan-tho"),
    ],
  },
  {
    handle: "hoa-cam-tu-cau-say",
    producer: "htx-hoa-xuan-tho",
    category: "dac-san-say",
    motif: "flower",
    title: { vi: "Hoa cẩm tú cầu sấy", en: "Dried hydrangeas" },
    subtitle: {
      vi: "Chờ xác minh nhà sản xuất",
      en: "Awaiting producer verification",
    },
    description: {
      vi: "Bó hoa cẩm tú cầu sấy khô. (Sản phẩm mẫu của nhà sản xuất chưa xác minh: không hiển thị cho người mua.)",
      en: "A bunch of dried hydrangeas. (A demo product of an unverified producer: hidden from shoppers.)",
    },
    weights: [{ label: "1 bó", price: 90000, stock: 10, grams: 300 }],
    ocop: ocop(3, 4101, "2025-02-01"),
    listings: [voso("hoa-cam-tu-cau-say")],
  },
]
