//! Broken-down time through the C library (`localtime_r`, `gmtime_r`, `mktime`, `strftime`),
//! so local time zones and `strftime` output match CPython's, which calls the same functions.
//! The only `unsafe` of the `time` module lives here.

use std::ffi::CString;

extern "C" {
    /// POSIX `tzset` (not bound by the libc crate): reads TZ so later calls see its zone.
    fn tzset();
}

/// The nine fields of `time.struct_time` plus `tm_zone` and `tm_gmtoff`.
#[derive(Clone, Debug, Default)]
pub struct BrokenDown {
    pub fields: [i64; 9],
    pub zone: String,
    pub gmtoff: i64,
}

fn from_tm(tm: &libc::tm) -> BrokenDown {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: the C library sets tm_zone to a NUL-terminated static or tz-owned string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    BrokenDown {
        fields: [
            tm.tm_year as i64 + 1900,
            tm.tm_mon as i64 + 1,
            tm.tm_mday as i64,
            tm.tm_hour as i64,
            tm.tm_min as i64,
            tm.tm_sec as i64,
            (tm.tm_wday as i64 + 6) % 7,
            tm.tm_yday as i64 + 1,
            tm.tm_isdst as i64,
        ],
        zone,
        gmtoff: tm.tm_gmtoff,
    }
}

/// A `tm` from struct_time fields (`zone` must outlive the returned value's use).
fn to_tm(b: &BrokenDown, zone: &CString) -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let f = &b.fields;
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    tm.tm_gmtoff = b.gmtoff;
    tm.tm_zone = zone.as_ptr();
    tm
}

/// `localtime_r` (or `gmtime_r` when `utc`) of whole seconds since the epoch.
pub fn broken_down(secs: i64, utc: bool) -> Option<BrokenDown> {
    let t = secs as libc::time_t;
    // SAFETY: zeroed tm is valid; the *_r functions only write into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe {
        tzset();
        if utc {
            !libc::gmtime_r(&t, &mut tm).is_null()
        } else {
            !libc::localtime_r(&t, &mut tm).is_null()
        }
    };
    ok.then(|| from_tm(&tm))
}

/// `mktime`: seconds since the epoch of a local broken-down time (None when unrepresentable).
pub fn mktime(b: &BrokenDown) -> Option<i64> {
    let zone = CString::new(b.zone.clone()).unwrap_or_default();
    let mut tm = to_tm(b, &zone);
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, initialised struct; mktime normalises it in place.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return None;
    }
    Some(t as i64)
}

/// `strftime` of `format` (already checked free of NUL bytes by the caller).
pub fn strftime(format: &str, b: &BrokenDown) -> String {
    let Ok(fmt) = CString::new(format) else { return String::new() };
    let zone = CString::new(b.zone.clone()).unwrap_or_default();
    let tm = to_tm(b, &zone);
    let mut size = 1024usize.max(format.len() * 4);
    // Matches CPython: grow the buffer until the result fits (an empty result may be genuine).
    while size <= 256 * format.len().max(64) {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; fmt and tm are valid for the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, fmt.as_ptr(), &tm) };
        if n > 0 || format.is_empty() {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 4;
    }
    String::new()
}

/// (tzname[0], tzname[1], timezone, altzone, daylight) as CPython computes them at import:
/// from the offsets in January and July of the current year.
pub fn zone_info(now: i64) -> (String, String, i64, i64, i64) {
    let year_start = now - now.rem_euclid(365 * 86400);
    let jan = broken_down(year_start, false).unwrap_or_default();
    let jul = broken_down(year_start + 183 * 86400, false).unwrap_or_default();
    let (std, dst) = if jan.gmtoff <= jul.gmtoff { (jan, jul) } else { (jul, jan) };
    let daylight = (std.gmtoff != dst.gmtoff) as i64;
    (std.zone.clone(), dst.zone.clone(), -std.gmtoff, -dst.gmtoff, daylight)
}

/// CPU time of this process in seconds.
pub fn process_time() -> f64 {
    // SAFETY: zeroed timespec is valid; clock_gettime only writes to it.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}
