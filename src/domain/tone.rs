//! The tone checker (stub, filled in by the tone-check issue).
