// The message for a part of the app that did not load on demand (the calculator's rules engine).
/**
 * Why a part of the app loaded on demand (the rules engine, a screen's code) did not arrive.
 * Offline and not yet cached: say so. Online: the usual cause is an app update that removed the
 * old files this page still asks for, so reloading is the fix; the connection comes second.
 */
export function chunkLoadText(what: string, online = typeof navigator === 'undefined' ? true : navigator.onLine): string {
  return online
    ? `Không tải được ${what}: ứng dụng có thể vừa được cập nhật lên phiên bản mới, nên trang đang mở cần được tải lại (dữ kiện đã nhập được giữ trên máy). Nếu tải lại vẫn không được, hãy kiểm tra kết nối mạng.`
    : `Không tải được ${what} vì máy đang ngoại tuyến và phần này chưa được lưu sẵn trên máy. Khi có mạng, hãy tải lại trang (dữ kiện đã nhập được giữ trên máy).`;
}
