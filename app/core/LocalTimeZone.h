#pragma once

namespace folio::LocalTimeZone {

// Lets the C library keep the system's time zone loaded instead of checking /etc/localtime
// again on every local-time conversion. While TZ is unset, glibc stats that file on each
// mktime(), and libarchive calls mktime() for every entry of a zip: tens of thousands of
// system calls for one bundle. TZ=:/etc/localtime names the same zone — glibc and Qt both
// read it as the system's — and glibc then loads it once. Call first thing in main(), before
// any thread starts (setenv is not thread-safe); a TZ already set is left alone.
void keepLoaded();

} // namespace folio::LocalTimeZone
