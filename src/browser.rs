//! Browser effects other than storage: the clock, new ids, file downloads and reads, the
//! clipboard, printing and the local calendar date. Kept at the edge, so the reducer and
//! the domain stay pure: they get times and ids passed in.

use wasm_bindgen::JsCast;

use crate::domain::followup::CivilDate;

/// The calendar day of `date` in the user's time zone.
pub fn local_day(date: &js_sys::Date) -> CivilDate {
    CivilDate {
        year: date.get_full_year() as i32,
        month: (date.get_month() + 1) as u8,
        day: date.get_date() as u8,
    }
}

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh random id (base 36, ~10 characters), for drafts, openings, copies and tabs.
pub fn new_id() -> String {
    let n = (js_sys::Math::random() * 36f64.powi(10)) as u64;
    crate::draft::base36(n.max(1))
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    local_day(&js_sys::Date::new_0()).iso()
}

/// The browser refused to start a download (no document, a blocked blob URL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadBlocked;

impl DownloadBlocked {
    /// What to tell the user.
    pub const MESSAGE: &'static str =
        "The browser blocked the download. Try again, or allow downloads for this page.";
}

/// Offers `text` as a file download named `file_name`. On `Err` the caller tells the
/// user (nothing is lost: the text is still on screen).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadBlocked> {
    try_download(file_name, mime, text).ok_or(DownloadBlocked)
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    // The anchor must be in the document for Firefox to follow the click.
    let body = document.body()?;
    body.append_child(&anchor).ok()?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The browser could not read a file the user picked (moved, deleted, no permission).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileUnreadable;

/// Reads a picked file as text (UTF-8).
pub async fn read_file(file: &web_sys::File) -> Result<String, FileUnreadable> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileUnreadable)?;
    text.as_string().ok_or(FileUnreadable)
}

/// Copies `text` with the async Clipboard API. False when it is missing or denied (the
/// caller then offers the text selected for a manual copy).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older browsers and insecure origins have no clipboard object at all.
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Opens the print dialog with only the letter visible: the `sc-printing` class on the
/// root element switches the print stylesheet on, and is removed after printing so the
/// host page prints normally at any other time.
pub fn print_letter() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let root = window.document().and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1("sc-printing");
    }
    let _ = window.print();
    if let Some(root) = &root {
        let _ = root.class_list().remove_1("sc-printing");
    }
}

/// Prints `text` from a new, blank window: for an embedded widget, whose print
/// stylesheet lives in its shadow root and so cannot hide the host page. The text is
/// added as DOM text (never markup), which a strict CSP allows. Returns false when the
/// browser refused to open the window (the caller offers the other exports).
pub fn print_in_new_window(title: &str, text: &str) -> bool {
    let Some(popup) = web_sys::window().and_then(|w| w.open().ok().flatten()) else {
        return false;
    };
    let Some(document) = popup.document() else {
        return false;
    };
    document.set_title(title);
    let Some(body) = document.body() else {
        return false;
    };
    // One block per line, so long lines wrap without a stylesheet or inline style.
    for line in text.lines() {
        let Ok(block) = document.create_element(if line.is_empty() { "br" } else { "div" }) else {
            return false;
        };
        block.set_text_content((!line.is_empty()).then_some(line));
        if body.append_child(&block).is_err() {
            return false;
        }
    }
    let _ = popup.print();
    true
}
