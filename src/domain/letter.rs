//! The letter composer (stub, filled in by the letter-builder issue).
