//! The widget's options, as the host page sets them on its element's `data-`
//! attributes (read by `lib.rs` when mounting).

use yew::prelude::*;

use crate::state::Step;

/// Colour theme chosen by the host page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Parses the `data-theme` option; anything unknown means auto.
    pub fn from_key(key: &str) -> Self {
        match key.trim() {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::Auto,
        }
    }

    /// The root element's class for this theme.
    pub fn class(self) -> &'static str {
        match self {
            Self::Auto => "sc-theme-auto",
            Self::Light => "sc-theme-light",
            Self::Dark => "sc-theme-dark",
        }
    }
}

/// Options read from the host element's `data-` attributes.
#[derive(Clone, Debug, PartialEq, Eq, Properties)]
pub struct AppProps {
    /// Storage namespace (`data-namespace`).
    pub namespace: String,
    /// Colour theme (`data-theme`).
    pub theme: Theme,
    /// Step shown first for a draft with no remembered step (`data-first-step`).
    pub first_step: Option<Step>,
    /// Tighter layout for narrow columns of a host page (`data-compact`).
    pub compact: bool,
    /// The widget is the whole page (its title is then the page's `h1`); false when
    /// embedded in a host page, which has its own.
    pub standalone: bool,
}
