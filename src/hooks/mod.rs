//! Reusable function-component hooks: behaviour a view needs that is not a view itself.
//! [`use_deferred`] lets what is derived from a value (a huge letter's preview and tone
//! check) follow it only once it stops changing, so typing stays quick.

pub mod use_deferred;

pub use use_deferred::use_deferred;
