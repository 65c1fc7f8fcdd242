//! The widget's components, one per file. Each takes data and callbacks as props and
//! never touches storage; the root in `app.rs` owns state and effects.

pub mod checklist;
pub mod diagnose;
pub mod draft_bar;
pub mod field;
pub mod follow_up;
pub mod import_preview;
pub mod interview_form;
pub mod keep_looking;
pub mod letter_lines;
pub mod letter_preview;
pub mod notices;
pub mod progress;
pub mod report;
pub mod section_editor;
pub mod send;
pub mod timeline;
pub mod tone_panel;
pub mod write;
