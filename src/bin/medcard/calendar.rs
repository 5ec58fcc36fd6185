//! Today's date: from the system clock, or from `--today`.

use crate::Fatal;
use medcard::model::Date;
use std::time::{SystemTime, UNIX_EPOCH};

/// The `--today` value: the date used to report overdue reviews.
pub(crate) fn today_option(parser: &mut lexopt::Parser) -> Result<Date, Fatal> {
    use lexopt::ValueExt;
    let text = parser.value()?.string()?;
    Date::parse(&text).ok_or_else(|| Fatal(format!("--today `{text}` is not a YYYY-MM-DD date")))
}

/// Today's date in UTC, from the system clock.
pub(crate) fn system_today() -> Option<Date> {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs() / 86_400;
    // Howard Hinnant's days-to-civil algorithm, for days since 1970-01-01.
    let z = i64::try_from(days).ok()? + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}
