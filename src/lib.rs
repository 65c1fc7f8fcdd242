//! Second Chance: diagnose a blown interview and write the follow-up letter, in the browser.

pub mod domain;

/// Starts the widget (placeholder until the app lands).
pub fn start() {}
