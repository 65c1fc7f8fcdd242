//! Native benchmark (stub).
fn main() {}
