export default function Page() {
  return (
    <main>
      <h1>Chợ OCOP Xuân Thọ</h1>
      <p>Một trang Next 16 tối giản: mức sàn của phép đo.</p>
    </main>
  )
}
