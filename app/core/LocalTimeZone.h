#pragma once

namespace folio::LocalTimeZone {

// Lets the C library keep the system's time zone loaded instead of checking /etc/localtime
// again on every local-time conversion. While TZ is unset, glibc stats that file on each
// mktime(), and libarchive calls mktime() for every entry of a zip: tens of thousands of
// system calls for one bundle. Setting TZ to the system zone's name (Europe/Berlin) names
// the same zone, and glibc then loads it once; a change of the system's zone while Folio
// runs is seen at its next start. Call first thing in main(), before any thread starts
// (setenv is not thread-safe); a TZ already set is left alone.
void keepLoaded();

} // namespace folio::LocalTimeZone
