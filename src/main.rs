//! Thin binary: starts every Second Chance widget on the page (see `lib.rs`).

fn main() {
    second_chance::start();
}
