//! Follow-up plan (being written).
